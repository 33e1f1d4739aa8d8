import { interceptAPI } from '../support/api-requests';
import { expect, test } from '../support/fixtures';
import { createVM, NS, stoppedVMWithSnapshot, uniqueName } from '../support/vms';
import { CreateVMModal, TakeSnapshotModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

const BAD_NAMES = ['Upper_Case', 'ends-with-dash-', 'a'.repeat(64), ''];

test('bad snapshot names are refused next to the field and never sent', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-names');
  await createVM(api, vm, { running: false });
  const requests = await interceptAPI(page);
  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).takeSnapshotButton.click();
  const modal = new TakeSnapshotModal(page);

  for (const bad of BAD_NAMES) {
    await modal.name.fill(bad);
    await expect(modal.nameError).toBeVisible();
    await expect(modal.submit).toBeDisabled();
    await modal.name.press('Enter');
    // Force a click on the disabled button: it must still send nothing.
    // eslint-disable-next-line playwright/no-force-option
    await modal.submit.click({ force: true });
    // What the user typed stays.
    await expect(modal.name).toHaveValue(bad);
  }
  expect(requests.writes('virtualmachinesnapshots')).toEqual([]);
  await expect(modal.dialog).toBeVisible();
});

test('a bad name for a VM created from a snapshot is refused and never sent', async ({
  api,
  consolePage,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-names');
  const requests = await interceptAPI(page);
  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).rowAction(snapshot, 'Create VM from snapshot');
  const modal = new CreateVMModal(page);

  await modal.name.fill('Not.A_VM');
  await expect(modal.dialog.locator('[data-test="new-vm-name-error"]')).toBeVisible();
  await expect(modal.submit).toBeDisabled();
  await modal.name.press('Enter');
  expect(requests.writes('virtualmachineclones')).toEqual([]);
  expect(requests.sent.filter((r) => r.path.endsWith(`/virtualmachines/Not.A_VM`))).toEqual([]);
});
