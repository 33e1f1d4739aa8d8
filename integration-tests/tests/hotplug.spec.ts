/**
 * Issue 10 part 7, seeds 002 and 004: "Hot plugged disks that are not in the virtual machine
 * specification are not included in the snapshot." A disk hot-plugged into the running VM
 * without being persisted is listed as not included, with that reason, and the snapshot taken
 * leaves it out.
 */
import { expectAccessibleModal } from '../support/axe';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { HOTPLUG_VOLUME, runningVMWithHotplug } from '../support/hotplug';
import { interceptAPI } from '../support/api-requests';
import { NS, uniqueName } from '../support/vms';
import { TakeSnapshotModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

const SEED_REASON =
  'Hot plugged disks that are not in the virtual machine specification are not included in the snapshot.';

test('Take snapshot lists a hot-plugged, non-persisted disk as not included, with the seed’s reason', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-hotplug');
  await runningVMWithHotplug(api, vm);
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);
  await tab.takeSnapshotButton.click();
  const take = new TakeSnapshotModal(page);
  const hotplugged = take.dialog.locator('[data-test="disks-hotplugged"]');
  await expect(hotplugged).toContainText('Hot-plugged disks not included (1)');
  await expect(hotplugged).toContainText(SEED_REASON);
  await expect(hotplugged.getByText(HOTPLUG_VOLUME, { exact: true })).toBeVisible();
  const included = take.dialog.locator('[data-test="disks-included"]');
  await expect(included).toContainText('rootdisk');
  await expect(included).not.toContainText(HOTPLUG_VOLUME);
  await expectAccessibleModal(take.dialog, 'the Take snapshot modal with a hot-plugged disk');

  // Leaving the disk's data out must be acknowledged before anything is sent.
  const name = `${vm}-snap`;
  await take.name.fill(name);
  await expect(take.submit).toBeDisabled();
  expect(requests.writes('virtualmachinesnapshots')).toEqual([]);
  await take.acknowledge.check();
  await take.submit.click();
  await expect(take.dialog).toBeHidden();
  await expect(tab.row(name)).toContainText('Ready', { timeout: 30_000 });

  // KubeVirt snapshots the VM spec, so the cluster's snapshot holds the root disk only.
  const snapshot = await api.get(KINDS.snapshot, NS, name);
  expect(snapshot?.status?.snapshotVolumes).toEqual({
    includedVolumes: ['rootdisk'],
    excludedVolumes: [],
  });
});
