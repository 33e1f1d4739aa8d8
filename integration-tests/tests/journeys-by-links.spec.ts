import type { Page } from '@playwright/test';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';
import { SNAPSHOT_REF, VM_REF } from '../pages/ConsolePage';
import { DeleteSnapshotModal, TakeSnapshotModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

/**
 * The snapshot journey, reached only by clicking links (one typed URL: the VM list), on the
 * console's own VM page and on kubevirt-plugin's (console-runtime.md §1).
 */
const MODES = [
  {
    mode: 'plain console',
    flags: '',
    tab: 'Snapshots',
    href: 'snapshots',
    ownTake: true,
    waitsForPoll: true,
  },
  {
    mode: 'kubevirt-plugin',
    flags: 'KUBEVIRT_DYNAMIC',
    tab: 'Data protection',
    href: 'data-protection',
    ownTake: false,
    waitsForPoll: false,
  },
];

/**
 * The open details page learns of the deletion: a DELETED event keeps the last state, so here it
 * takes the console's 30 s GET poll (console-runtime.md point 2). The details page is ours in
 * both modes: one of them waits for it.
 */
const showsDeletion = async (page: Page) =>
  expect(page.locator('[data-test="snapshot-missing"]')).toContainText('Snapshot not found', {
    timeout: 40_000,
  });

for (const { mode, flags, tab, href, ownTake, waitsForPoll } of MODES) {
  const deletionShown = waitsForPoll ? showsDeletion : async () => {};

  test.describe(`snapshot journey by links (${mode})`, () => {
    // A whole journey of page loads: close to the 60 s default on a loaded 2-core machine.
    test.describe.configure({ timeout: 120_000 });

    test('VM list → VM → tab → take → snapshot details → source VM → breadcrumb → delete', async ({
      api,
      consolePage,
      page,
    }) => {
      const vm = uniqueName('e2e-links');
      await createVM(api, vm, { running: false });
      await consolePage.open(`/k8s/ns/${NS}/${VM_REF}?flags=${flags}`);

      await page.getByRole('link', { name: vm, exact: true }).click();
      await expect(consolePage.heading).toContainText(vm);
      await expect(page).toHaveURL(new RegExp(`/k8s/ns/${NS}/${VM_REF}/${vm}$`));
      await expect(consolePage.tab('Snapshots')).toHaveCount(1);
      // Plain: our Take snapshot; kubevirt-plugin: none of ours (kubevirt-plugin has its own).
      await page.locator('[data-test="actions-menu-button"]').click();
      await expect(page.getByRole('menu')).toBeAttached();
      await expect(consolePage.action('Take snapshot')).toHaveCount(ownTake ? 1 : 0);
      await page.keyboard.press('Escape');

      await consolePage.tab(tab).click();
      await expect(page).toHaveURL(new RegExp(`/${vm}/${href}$`));
      const snapshots = new SnapshotsTab(page);
      await snapshots.takeSnapshotButton.click();
      const take = new TakeSnapshotModal(page);
      const name = `${vm}-snap`;
      await take.name.fill(name);
      await take.submit.click();
      await expect(take.dialog).toBeHidden();
      await expect(snapshots.row(name)).toContainText('Ready', { timeout: 30_000 });

      await snapshots.row(name).getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/k8s/ns/${NS}/${SNAPSHOT_REF}/${name}$`));
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

      await page.locator('[data-test="source-vm-link"]').click();
      await expect(page).toHaveURL(new RegExp(`/k8s/ns/${NS}/${VM_REF}/${vm}$`));
      await expect(consolePage.heading).toContainText(vm);
      await page.goBack();

      await page.getByRole('link', { name: `Snapshots of ${vm}` }).click();
      await expect(page).toHaveURL(new RegExp(`/${vm}/${href}$`));
      await expect(snapshots.row(name)).toBeVisible();

      await snapshots.row(name).getByRole('link', { name, exact: true }).click();
      // Our details page draws its own header menu.
      await page.getByRole('button', { name: 'Actions', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Delete snapshot' }).click();
      const remove = new DeleteSnapshotModal(page);
      await remove.submit.click();
      await expect(remove.dialog).toBeHidden();
      await api.waitFor(
        () => api.get(KINDS.snapshot, NS, name),
        (s) => s === undefined,
      );
      await deletionShown(page);
    });
  });
}
