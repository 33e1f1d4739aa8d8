import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';
import { VM_REF } from '../pages/ConsolePage';

// kubevirt-plugin mode: the VM page as kubevirt-plugin draws it (console-runtime.md §1).
const KUBEVIRT = 'flags=KUBEVIRT_DYNAMIC';

test('kubevirt-plugin mode is shown in the masthead, remembered, and left with ?flags=', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-kv-mode');
  await createVM(api, vm, { running: false });
  await consolePage.open(`/k8s/ns/${NS}/${VM_REF}/${vm}?${KUBEVIRT}`);
  const mode = page.locator('[data-test="kubevirt-plugin-mode"]');
  await expect(mode).toHaveText('kubevirt-plugin mode (KUBEVIRT_DYNAMIC)');
  // kubevirt-plugin's own Snapshots tab, and ours as "Data protection" (never a second "Snapshots").
  await expect(consolePage.tab('Data protection')).toBeVisible();
  await expect(consolePage.tab('Snapshots')).toHaveCount(1);
  await consolePage.tab('Snapshots').click();
  await expect(page.locator('[data-test="kubevirt-own-snapshots"]')).toBeVisible();

  await page.reload();
  await expect(mode).toBeVisible();
  await expect(consolePage.tab('Data protection')).toBeVisible();
  // kubevirt-plugin has its own Take snapshot and default actions: ours are not added, only
  // Back up (once the menu has loaded).
  await page.locator('[data-test="actions-menu-button"]').click();
  await expect(consolePage.action('Back up')).toBeVisible();
  await expect(consolePage.action('Take snapshot')).toHaveCount(0);
  await expect(consolePage.action('Edit labels')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await consolePage.open(`/k8s/ns/${NS}/${VM_REF}/${vm}?flags=`);
  await expect(mode).toHaveCount(0);
  await expect(consolePage.tab('Data protection')).toHaveCount(0);
  await expect(consolePage.tab('Snapshots')).toHaveCount(1);
});

test("while kubevirt-plugin's flag is pending, nothing of ours doubles its tab or action", async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-kv-pending');
  await createVM(api, vm, { running: false });
  // KUBEVIRT_DYNAMIC is set 8 s after our plugin has loaded; the page renders before.
  await consolePage.open(`/k8s/ns/${NS}/${VM_REF}/${vm}?${KUBEVIRT}&hostFlagDelay=8000`);
  try {
    await expect(page.locator('[data-test="kubevirt-vm-page"]')).toBeVisible();
    await expect(consolePage.tab('Snapshots')).toHaveCount(1);
    await expect(consolePage.tab('Data protection')).toHaveCount(0);
    await page.locator('[data-test="actions-menu-button"]').click();
    await expect(page.getByRole('menu')).toBeAttached();
    await expect(consolePage.action('Take snapshot')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(consolePage.tab('Data protection')).toBeVisible({ timeout: 20_000 });
    await expect(consolePage.tab('Snapshots')).toHaveCount(1);
  } finally {
    await consolePage.open(`/k8s/ns/${NS}/${VM_REF}?hostFlagDelay=`);
  }
});

test("an error thrown inside our tab leaves kubevirt-plugin's VM page working", async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-kv-throw');
  await createVM(api, vm, { running: false });
  // The preview's SDK throws from useK8sWatchResource for snapshots, inside our tab only.
  await consolePage.open(
    `/k8s/ns/${NS}/${VM_REF}/${vm}/data-protection?${KUBEVIRT}&previewThrowInWatch=VirtualMachineSnapshot`,
  );
  const failure = page.locator('[data-test="vdp-component-error"]');
  await expect(failure).toContainText('This part of the page failed to display');
  await expect(failure).toContainText(
    'Preview fault: watching VirtualMachineSnapshot throws (previewThrowInWatch)',
  );
  // The page around the tab is kubevirt-plugin's, and it still works.
  await expect(page.locator('[data-test="kubevirt-vm-page"]')).toBeVisible();
  await expect(consolePage.heading).toContainText(vm);
  await consolePage.tab('Overview').click();
  await expect(page.getByRole('heading', { name: 'VirtualMachine details' })).toBeVisible();
  await consolePage.tab('YAML').click();
  await expect(page.locator('[data-test="yaml-editor"]')).toHaveValue(new RegExp(`name: ${vm}`));
});

test("the VM watch's error replaces the tab on kubevirt-plugin's page", async ({
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-kv-missing');
  await consolePage.open(`/k8s/ns/${NS}/${VM_REF}/${vm}/data-protection?${KUBEVIRT}`);
  await expect(page.locator('[data-test="kubevirt-state-error"]')).toContainText(
    'Error loading VirtualMachine',
    { timeout: 15_000 },
  );
  await expect(page.locator('[data-test="vdp-component-error"]')).toHaveCount(0);
});
