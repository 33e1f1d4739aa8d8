import { interceptAPI } from '../support/api-requests';
import { expectAccessibleModal } from '../support/axe';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';
import { DeleteSnapshotModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

test('deletes a snapshot after confirmation', async ({ api, consolePage, page }) => {
  const vm = uniqueName('e2e-delete');
  await createVM(api, vm, { running: false });
  const keep = `${vm}-keep`;
  const doomed = `${vm}-doomed`;
  await api.readySnapshot(NS, vm, keep);
  await api.readySnapshot(NS, vm, doomed);
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);
  await tab.rowAction(doomed, 'Delete snapshot');
  const modal = new DeleteSnapshotModal(page);
  await expect(modal.dialog.locator('[data-test="delete-what"]')).toContainText(doomed);
  await expectAccessibleModal(modal.dialog, 'the Delete snapshot modal');
  // Nothing is deleted before the user confirms.
  expect(requests.writes('virtualmachinesnapshots')).toEqual([]);
  await modal.submit.click();
  await expect(modal.dialog).toBeHidden();

  expect(requests.writes('virtualmachinesnapshots')).toEqual([
    expect.objectContaining({
      method: 'DELETE',
      path: `/apis/snapshot.kubevirt.io/v1beta1/namespaces/${NS}/virtualmachinesnapshots/${doomed}`,
    }),
  ]);
  await expect(tab.row(doomed)).toHaveCount(0, { timeout: 30_000 });
  await expect(tab.row(keep)).toBeVisible();
  await expect.poll(() => api.get(KINDS.snapshot, NS, doomed), { timeout: 30_000 }).toBeUndefined();
});
