import type { Page } from '@playwright/test';
import { VM_REF } from '../pages/ConsolePage';
import { expectAccessibleModal } from '../support/axe';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';

const MANIFEST = '**/api/plugins/vm-data-protection-plugin/plugin-manifest.json';

type Manifest = { extensions: { type: string; properties: Record<string, unknown> }[] };

/** Serves the real manifest with `edit` applied, as a broken build would be. */
const editManifest = async (page: Page, edit: (m: Manifest) => void) => {
  await page.route(MANIFEST, async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as Manifest;
    edit(manifest);
    await route.fulfill({ response, json: manifest });
  });
};

const CONSOLE_DEFAULTS = [
  'Edit labels',
  'Edit annotations',
  'Edit VirtualMachine',
  'Delete VirtualMachine',
];

test('the plugin loads from its manifest: tab, actions and no problems', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-load');
  await createVM(api, vm, { running: false });
  await consolePage.openVM(NS, vm);
  await expect(consolePage.tab('Snapshots')).toBeVisible();
  // KUBEVIRT_DYNAMIC is never set here, so the "Data protection" twin stays hidden.
  await expect(consolePage.tab('Data protection')).toHaveCount(0);
  const menu = await consolePage.openActions();
  await expect(consolePage.action('Take snapshot')).toBeVisible();
  // Our VM providers (snapshots and, with OADP seeded, Back up) replace the console's default
  // actions (default-resource.tsx), so they bring them back: once each, after ours.
  const items = await menu.getByRole('menuitem').allTextContents();
  expect(items.slice(0, 2).sort()).toEqual(['Back up', 'Take snapshot']);
  expect(items.slice(2)).toEqual(CONSOLE_DEFAULTS);
  await consolePage.action('Edit labels').click();
  const dialog = page.getByRole('dialog', { name: 'Edit labels' });
  await expectAccessibleModal(dialog, 'Edit labels');
  const labels = dialog.getByRole('textbox');
  await labels.fill(`${await labels.inputValue()}\nvdp-e2e=console-default`.trim());
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const labelled = await api.get(KINDS.vm, NS, vm);
  expect(labelled?.metadata.labels?.['vdp-e2e']).toBe('console-default');

  await consolePage.tab('Snapshots').click();
  await expect(page).toHaveURL(new RegExp(`/${vm}/snapshots$`));
  // Delete from the VM's own page goes to the list, as the console's Delete modal does.
  await consolePage.openActions();
  await consolePage.action('Delete VirtualMachine').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(new RegExp(`/k8s/ns/${NS}/${VM_REF}$`));
  await api.waitFor(
    () => api.get(KINDS.vm, NS, vm),
    (found) => !found,
  );
});

test('a broken $codeRef is shown, naming the extension', async ({ api, page }) => {
  const vm = uniqueName('e2e-broken');
  await createVM(api, vm, { running: false });
  await editManifest(page, (m) => {
    const tab = m.extensions.find((e) => e.type === 'console.tab/horizontalNav');
    if (tab) {
      tab.properties.component = { $codeRef: 'VMSnapshotsTab.missingExport' };
    }
  });
  await page.goto(`/k8s/ns/${NS}/kubevirt.io~v1~VirtualMachine/${vm}`);
  const problem = page.locator('[data-test="plugin-problem"]');
  await expect(problem).toContainText(
    'Extension console.tab/horizontalNav (VMSnapshotsTab.missingExport) of plugin vm-data-protection-plugin could not be loaded',
  );
  await expect(problem).toContainText("Missing module export 'VMSnapshotsTab.missingExport'");
  await expect(page.getByRole('tab', { name: 'Snapshots' })).toHaveCount(0);
});

test('a plugin that fails to load is shown', async ({ page }) => {
  await page.route(MANIFEST, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`/k8s/ns/${NS}/kubevirt.io~v1~VirtualMachine`);
  await expect(page.locator('[data-test="plugin-problem"]')).toContainText(
    'Plugin vm-data-protection-plugin failed to load',
  );
});

test('flags.required hides an extension whose model flag is off', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-flags');
  await createVM(api, vm, { running: false });
  await editManifest(page, (m) => {
    // Kinds the cluster does not serve: every model flag (snapshots, Velero, OADP) is false, so
    // every extension they gate goes away, the VM action providers included.
    for (const flag of m.extensions.filter((e) => e.type === 'console.flag/model'))
      flag.properties.model = {
        group: 'snapshot.kubevirt.io',
        version: 'v1beta1',
        kind: 'Missing',
      };
  });
  await consolePage.openVM(NS, vm);
  await expect(consolePage.tab('Details')).toBeVisible();
  await expect(consolePage.tab('Snapshots')).toHaveCount(0);
  // No provider for the VM is in use: the menu has only the console's default actions.
  await consolePage.openActions();
  await expect(consolePage.action('Edit labels')).toBeVisible();
  await expect(page.locator('[data-test="action-items"] [data-test-action]')).toHaveCount(4);
  await expect(consolePage.action('Take snapshot')).toHaveCount(0);
  await expect(consolePage.action('Back up')).toHaveCount(0);
});
