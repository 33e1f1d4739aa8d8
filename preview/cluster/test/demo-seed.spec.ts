/** The demo seed has every state issue 4 part 4 asks for, as the plugin reads them. */
import { startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { request } from './raw-http';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ seed: 'demo', timeScale: 1 });
});

afterAll(async () => {
  await cluster.close();
});

interface Item {
  metadata: { name: string; creationTimestamp: string };
  status?: Record<string, unknown> & { conditions?: { type: string; status: string }[] };
}

async function list(path: string): Promise<Map<string, Item>> {
  const { items } = (await request(`${cluster.url}${path}`)).json() as { items: Item[] };
  return new Map(items.map((i) => [i.metadata.name, i]));
}

test('VMs: running with and without agent, paused, stopped, containerDisk-only, mixed disks, hot-plug', async () => {
  const vms = await list('/apis/kubevirt.io/v1/namespaces/demo/virtualmachines');
  const printable = Object.fromEntries(
    [...vms].map(([name, vm]) => [name, vm.status?.printableStatus]),
  );
  expect(printable).toEqual({
    'centos-batch': 'Stopped',
    'cirros-ephemeral': 'Running',
    'fedora-web': 'Running',
    'mixed-storage': 'Running',
    'rhel9-db': 'Running',
    'rhel9-hotplug': 'Running',
    'win2k22-app': 'Paused',
  });
  expect(vms.get('rhel9-db')?.status?.snapshotInProgress).toBe('rhel9-db-manual');
  expect(vms.get('mixed-storage')?.status?.volumeSnapshotStatuses).toEqual([
    { name: 'rootdisk', enabled: true },
    {
      name: 'scratch',
      enabled: false,
      reason:
        'No VolumeSnapshotClass: Volume snapshots are not configured for this StorageClass [hostpath-csi-basic] [scratch]',
    },
    {
      name: 'cloudinitdisk',
      enabled: false,
      reason: 'Snapshot is not supported for this volumeSource type [cloudinitdisk]',
    },
  ]);
  const vmis = await list('/apis/kubevirt.io/v1/namespaces/demo/virtualmachineinstances');
  const conditions = (name: string) =>
    (vmis.get(name)?.status?.conditions ?? [])
      .filter((c) => c.status === 'True')
      .map((c) => c.type);
  expect(conditions('fedora-web')).toContain('AgentConnected');
  expect(conditions('rhel9-db')).not.toContain('AgentConnected');
  expect(conditions('win2k22-app')).toContain('Paused');
  // Hot-plugged without --persist: on the VMI, not in the VM spec (seeds 002, 004).
  const hotplugVMI = vmis.get('rhel9-hotplug') as unknown as {
    spec: { volumes: { name: string; persistentVolumeClaim?: object }[] };
  };
  expect(hotplugVMI.spec.volumes.find((v) => v.name === 'hotplug-scratch')).toEqual({
    name: 'hotplug-scratch',
    persistentVolumeClaim: { claimName: 'rhel9-hotplug-scratch', hotpluggable: true },
  });
  const hotplugVM = vms.get('rhel9-hotplug') as unknown as {
    spec: { template: { spec: { volumes: { name: string }[] } } };
  };
  expect(hotplugVM.spec.template.spec.volumes.map((v) => v.name)).toEqual(['rootdisk']);
});

test('snapshots: succeeded, failed, not ready, in progress; and a past restore', async () => {
  const snapshots = await list(
    '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots',
  );
  const state = (name: string) => [
    snapshots.get(name)?.status?.phase,
    snapshots.get(name)?.status?.readyToUse,
  ];
  expect(state('fedora-web-before-upgrade')).toEqual(['Succeeded', true]);
  expect(state('centos-batch-quick')).toEqual(['Failed', false]);
  expect(state('fedora-web-nightly')).toEqual(['Succeeded', false]);
  expect(snapshots.get('fedora-web-nightly')?.status?.error).toMatchObject({
    message: expect.stringMatching(/^VolumeSnapshots \(.*\) missing$/) as unknown,
  });
  expect(state('rhel9-db-manual')).toEqual(['InProgress', false]);
  expect(snapshots.get('mixed-storage-partial')?.status?.indications).toEqual([
    'Online',
    'GuestAgent',
    'PartialSnapshot',
  ]);
  expect(snapshots.get('win2k22-app-paused')?.status?.indications).toEqual(['Online', 'Paused']);
  expect(snapshots.get('centos-batch-offline')?.status?.indications).toBeUndefined();
  expect(
    Date.parse(snapshots.get('fedora-web-before-upgrade')?.metadata.creationTimestamp ?? ''),
  ).toBeLessThan(Date.now() - 10 * 86_400_000);
  const restores = await list(
    '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinerestores',
  );
  expect(restores.get('centos-batch-restore-1')?.status).toMatchObject({
    complete: true,
    restores: [{ volumeName: 'rootdisk', persistentVolumeClaim: 'centos-batch-rootdisk' }],
  });
  const classes = await list('/apis/storage.k8s.io/v1/storageclasses');
  const snapshotClasses = await list('/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses');
  expect(classes.size).toBe(2);
  expect(snapshotClasses.size).toBe(1);
});
