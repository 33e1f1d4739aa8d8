import { interceptAPI } from '../support/api-requests';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { saveReadmeScreenshot } from '../support/screenshots';
import {
  createVM,
  NO_SNAPSHOT_CLASS,
  NS,
  SNAPSHOT_CAPABLE_CLASS,
  uniqueName,
} from '../support/vms';
import { TakeSnapshotModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

/**
 * Fixed name: this test takes the README screenshots (each run has a fresh cluster); a retry
 * finds the first attempt's VM still there, so it takes a fresh name.
 */
const screenshotVM = (retry: number) => (retry ? uniqueName('fedora-web') : 'fedora-web');

test('a running VM with guest agent: the snapshot becomes ready with the GuestAgent indication', async ({
  api,
  consolePage,
  page,
}, info) => {
  const vm = screenshotVM(info.retry);
  await createVM(api, vm, { running: true });
  const requests = await interceptAPI(page);
  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);

  await tab.takeSnapshotButton.click();
  const modal = new TakeSnapshotModal(page);
  await expect(modal.dialog).toBeVisible();
  // Guest agent connected: the modal says file systems will be frozen.
  await expect(modal.dialog.locator('[data-test="note-guestAgent"]')).toBeVisible();
  await expect(modal.dialog.locator('[data-test="disks-included"]')).toContainText('rootdisk');
  const name = `${vm}-before-upgrade`;
  await modal.name.fill(name);
  await saveReadmeScreenshot(page, 'take-snapshot-modal.png', modal.dialog);
  await modal.submit.click();
  await expect(modal.dialog).toBeHidden();

  const posts = requests.writes('virtualmachinesnapshots');
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({
    method: 'POST',
    path: `/apis/snapshot.kubevirt.io/v1beta1/namespaces/${NS}/virtualmachinesnapshots`,
    body: {
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshot',
      metadata: { name, namespace: NS },
      spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm } },
    },
  });

  const row = tab.row(name);
  await expect(row).toContainText('Ready', { timeout: 30_000 });
  await expect(row.locator('[data-test="indication-GuestAgent"]')).toBeVisible();
  await expect(row.locator('[data-test="indication-Online"]')).toBeVisible();
  await saveReadmeScreenshot(page, 'snapshots-tab.png');

  const stored = await api.get(KINDS.snapshot, NS, name);
  expect(stored?.status).toMatchObject({ phase: 'Succeeded', readyToUse: true });
});

test('a VM with a disk that cannot be snapshotted needs the acknowledgement', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-mixed');
  await createVM(api, vm, {
    running: false,
    disks: [
      { name: 'rootdisk', storageClass: SNAPSHOT_CAPABLE_CLASS },
      { name: 'scratch', storageClass: NO_SNAPSHOT_CLASS },
    ],
  });
  const requests = await interceptAPI(page);
  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).takeSnapshotButton.click();
  const modal = new TakeSnapshotModal(page);

  await expect(modal.notIncluded).toContainText('scratch');
  await expect(modal.notIncluded).toContainText('No VolumeSnapshotClass');
  await expect(modal.dialog.locator('[data-test="disks-included"]')).toContainText('rootdisk');
  await expect(modal.submit).toBeDisabled();
  // Enter in the form must not get around the acknowledgement either.
  await modal.name.press('Enter');
  expect(requests.writes('virtualmachinesnapshots')).toEqual([]);

  await modal.acknowledge.check();
  await expect(modal.submit).toBeEnabled();
  const name = `${vm}-snap`;
  await modal.name.fill(name);
  await modal.submit.click();
  await expect(modal.dialog).toBeHidden();
  expect(requests.writes('virtualmachinesnapshots')).toHaveLength(1);

  // The snapshot keeps the disk it can and says which one it left out.
  const row = new SnapshotsTab(page).row(name);
  await expect(row.locator('[data-test="snapshot-disks"]')).toHaveText(
    '1 disk included, 1 excluded',
    {
      timeout: 30_000,
    },
  );
});
