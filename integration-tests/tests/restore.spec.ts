import { interceptAPI } from '../support/api-requests';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { saveReadmeScreenshot } from '../support/screenshots';
import { createVM, NS, uniqueName } from '../support/vms';
import { RestoreModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

const restoreBody = (vm: string, snapshot: string) => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineRestore',
  metadata: { namespace: NS },
  spec: {
    target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm },
    virtualMachineSnapshotName: snapshot,
  },
});

/**
 * Fixed name: this test takes the README screenshot (each run has a fresh cluster); a retry
 * runs on the same cluster, where the first attempt's VM is still there.
 */
const screenshotVM = (retry: number) => (retry ? uniqueName('rhel9-db') : 'rhel9-db');

test('restores a stopped VM from a snapshot', async ({ api, consolePage, page }, info) => {
  // A restore late in the e2e run can take a minute on a loaded 2-core machine.
  test.setTimeout(150_000);
  const vm = screenshotVM(info.retry);
  await createVM(api, vm, { running: false });
  const snapshot = `${vm}-nightly`;
  await api.readySnapshot(NS, vm, snapshot);
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).rowAction(snapshot, 'Restore VM from snapshot');
  const modal = new RestoreModal(page);
  await expect(modal.dialog).toContainText(`Restore the VM ${vm} to snapshot ${snapshot}.`);
  await expect(modal.runningWarning).toHaveCount(0);
  await expect(modal.submit).toHaveText('Restore');
  await expect(modal.submit).toBeDisabled();
  await modal.confirmName.fill(vm);
  await saveReadmeScreenshot(page, 'restore-modal.png', modal.dialog);
  await modal.submit.click();

  await expect(modal.progress).toContainText('The VM was restored', { timeout: 90_000 });
  const posts = requests.writes('virtualmachinerestores');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject(restoreBody(vm, snapshot));
  expect((posts[0]?.body as { spec: object }).spec).not.toHaveProperty('targetReadinessPolicy');
  const restores = await api.list(KINDS.restore, NS);
  expect(restores.filter((r) => r.spec?.virtualMachineSnapshotName === snapshot)).toEqual([
    expect.objectContaining({ status: expect.objectContaining({ complete: true }) }),
  ]);
});

test('restores a running VM only after the user chooses to stop it', async ({
  api,
  consolePage,
  page,
}) => {
  test.setTimeout(150_000);
  const vm = uniqueName('e2e-running');
  await createVM(api, vm, { running: true });
  const snapshot = `${vm}-snap`;
  await api.readySnapshot(NS, vm, snapshot);
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).rowAction(snapshot, 'Restore VM from snapshot');
  const modal = new RestoreModal(page);
  await expect(modal.runningWarning).toContainText(`The VM ${vm} is running`);
  await modal.confirmName.fill(vm);
  // Never restored against a running VM by default: the stop choice is required.
  await expect(modal.submit).toBeDisabled();
  await modal.stopTarget.check();
  await expect(modal.submit).toHaveText('Stop the VM and restore');
  await modal.submit.click();

  await expect(modal.progress).toContainText('The VM was restored', { timeout: 90_000 });
  const posts = requests.writes('virtualmachinerestores');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.body).toMatchObject({
    ...restoreBody(vm, snapshot),
    spec: { ...restoreBody(vm, snapshot).spec, targetReadinessPolicy: 'StopTarget' },
  });
  // StopTarget leaves the VM stopped.
  await expect
    .poll(async () => (await api.get(KINDS.vm, NS, vm))?.status?.printableStatus, {
      timeout: 30_000,
    })
    .toBe('Stopped');
});
