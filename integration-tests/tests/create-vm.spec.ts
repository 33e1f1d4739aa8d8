import { interceptAPI } from '../support/api-requests';
import { expectAccessibleModal } from '../support/axe';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { NS, stoppedVMWithSnapshot } from '../support/vms';
import { CreateVMModal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

test('creates a VM from a snapshot and the new VM is in the VM list', async ({
  api,
  consolePage,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-source');
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).rowAction(snapshot, 'Create VM from snapshot');
  const modal = new CreateVMModal(page);
  await expectAccessibleModal(modal.dialog, 'the Create VM from snapshot modal');
  const copy = `${vm}-copy`;
  await modal.name.fill(copy);
  await modal.submit.click();
  await expect(modal.dialog.locator('[data-test="clone-progress"]')).toBeVisible();
  await expectAccessibleModal(modal.dialog, 'the Create VM from snapshot modal, in progress');

  const posts = requests.writes('virtualmachineclones');
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({
    method: 'POST',
    path: `/apis/clone.kubevirt.io/v1beta1/namespaces/${NS}/virtualmachineclones`,
    body: {
      apiVersion: 'clone.kubevirt.io/v1beta1',
      kind: 'VirtualMachineClone',
      spec: {
        source: {
          apiGroup: 'snapshot.kubevirt.io',
          kind: 'VirtualMachineSnapshot',
          name: snapshot,
        },
        target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: copy },
      },
    },
  });
  // The name was checked for existence first (a GET of the new VM's name, answered 404).
  expect(requests.sent).toContainEqual(
    expect.objectContaining({
      method: 'GET',
      path: `/apis/kubevirt.io/v1/namespaces/${NS}/virtualmachines/${copy}`,
    }),
  );

  // The footer's Close (the header's × is also named Close).
  await modal.dialog.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();
  await consolePage.openVMList(NS);
  const link = page.getByRole('link', { name: copy, exact: true });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await link.click();
  await expect(consolePage.heading).toContainText(copy);
});

test('a new VM name whose disk names are already taken is refused, naming the disks', async ({
  api,
  consolePage,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-clash');
  // KubeVirt would restore the clone's disk into `<new VM>-rootdisk` and reuse this bound PVC.
  const copy = `${vm}-copy`;
  await api.create(KINDS.pvc, NS, {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `${copy}-rootdisk` },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  });
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots');
  await new SnapshotsTab(page).rowAction(snapshot, 'Create VM from snapshot');
  const modal = new CreateVMModal(page);
  await modal.name.fill(copy);
  await modal.submit.click();
  await expect(modal.dialog.locator('[data-test="new-vm-name-error"]')).toContainText(
    `Disks named ${copy}-rootdisk already exist in this namespace. The new VM would use them instead of the disks in the snapshot, so choose another name.`,
  );
  await expect(modal.submit).toBeDisabled();
  expect(requests.writes('virtualmachineclones')).toEqual([]);
});
