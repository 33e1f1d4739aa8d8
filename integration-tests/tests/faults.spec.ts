/**
 * Issue 10 part 5: the snapshot pages and modals with the local cluster's faults on — watches
 * cut, 5% of requests failing with 500, half a second on every request. The faults are random,
 * so each step asserts what holds for every outcome: it ends where it should, and each failed
 * submit shows the server's message, keeps what was typed and can be sent again. One failure is
 * made certain (every request failing) to prove that path on every run.
 */
import { KINDS } from '../support/cluster-api';
import { expect } from '../support/fixtures';
import {
  EVERY_REQUEST_FAILS,
  FAULTS,
  INJECTED_ERROR,
  retryUntilShown,
  submitUntilDone,
  testWithFaults as test,
} from '../support/faults';
import { NS, stoppedVMWithSnapshot } from '../support/vms';
import {
  CreateVMModal,
  DeleteSnapshotModal,
  RestoreModal,
  TakeSnapshotModal,
} from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

// A failed first list is retried after 15 s (console-runtime.md §3), so waits allow for one.
const LIST_RETRY = { timeout: 40_000 };

test.describe.configure({ timeout: 90_000 });

test('with faults on, the Snapshots tab, Take snapshot, Restore and Delete still work', async ({
  api,
  consolePage,
  faults,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-faults');
  await faults.set(FAULTS);
  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);
  await expect(tab.row(snapshot)).toContainText('Ready', LIST_RETRY);

  await tab.takeSnapshotButton.click();
  const take = new TakeSnapshotModal(page);
  const name = `${vm}-new`;
  await take.name.fill(name);
  await submitUntilDone(take, async () => !(await take.dialog.isVisible()), [[take.name, name]]);
  await expect(tab.row(name)).toContainText('Ready', LIST_RETRY);

  await tab.rowAction(snapshot, 'Restore VM from snapshot');
  const restore = new RestoreModal(page);
  await restore.confirmName.fill(vm);
  await submitUntilDone(restore, () => restore.progress.isVisible(), [[restore.confirmName, vm]]);
  await expect(restore.progress).toContainText('The VM was restored', LIST_RETRY);
  await restore.dialog.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();

  await tab.rowAction(name, 'Delete snapshot');
  const remove = new DeleteSnapshotModal(page);
  await expect(remove.dialog.locator('[data-test="delete-what"]')).toContainText(name);
  await submitUntilDone(remove, async () => !(await remove.dialog.isVisible()));
  await expect(tab.row(name)).toHaveCount(0, LIST_RETRY);
  await expect(tab.row(snapshot)).toBeVisible();
});

test('with faults on, the details page and Create VM: a failed request shows the server’s message, keeps the form and is retried', async ({
  api,
  consolePage,
  faults,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-faultvm');
  await faults.set(FAULTS);
  await consolePage.openSnapshot(NS, snapshot);
  await expect(page.getByRole('heading', { level: 1, name: snapshot })).toBeVisible(LIST_RETRY);
  await expect(page.locator('[data-test="detail-source"]')).toContainText(vm, LIST_RETRY);
  await expect(page.locator('[data-test="detail-ready"]')).toContainText('Yes');

  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Create VM from snapshot' }).click();
  const create = new CreateVMModal(page);
  const copy = `${vm}-copy`;
  const description = 'Copy for the fault test, kept: through a 500';
  const descriptionField = create.dialog.getByRole('textbox', { name: 'Description' });
  await create.name.fill(copy);
  await descriptionField.fill(description);
  const typed: [typeof descriptionField, string][] = [
    [create.name, copy],
    [descriptionField, description],
  ];

  // Certain failure: the server's message, the form as typed, and the submit button to retry.
  await faults.set(EVERY_REQUEST_FAILS);
  await create.submit.click();
  await expect(create.error).toContainText(INJECTED_ERROR);
  await expect(create.error).toContainText('The VM could not be created');
  for (const [field, value] of typed) {
    await expect(field).toHaveValue(value);
  }
  await expect(create.submit).toBeEnabled();

  await faults.set(FAULTS);
  const progress = create.dialog.locator('[data-test="clone-progress"]');
  await submitUntilDone(create, () => progress.isVisible(), typed);
  // The description is sent once the VM exists; if that request fails, Try again resends it.
  const applied = await retryUntilShown(
    create.dialog.locator('[data-test="description-applied"]'),
    create.dialog.locator('[data-test="description-error"]'),
  );
  await expect(applied).toHaveText('Description added to the new VM.');

  await faults.off();
  const made = await api.get(KINDS.vm, NS, copy);
  expect(made?.metadata.annotations?.description).toBe(description);
});
