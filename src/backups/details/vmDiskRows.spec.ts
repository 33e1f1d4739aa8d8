import { vmClaims } from './vmClaims';
import { vmDiskRows } from './vmDiskRows';

const vm = { namespace: 'demo', name: 'mixed-storage' };
const volumes = [
  { vm, claims: ['mixed-storage-root', 'mixed-storage-scratch', 'mixed-storage-data'] },
];

test('each disk with its method: data mover, skipped with Velero’s reason, CSI snapshot', () => {
  const rows = vmDiskRows(
    [vm],
    volumes,
    [
      {
        pvcName: 'mixed-storage-scratch',
        pvcNamespace: 'demo',
        skipped: true,
        skippedReason: "csiSnapshot: skipped b/c it's not a CSI volume;",
      },
      {
        pvcName: 'mixed-storage-data',
        pvcNamespace: 'demo',
        backupMethod: 'CSISnapshot',
        snapshotDataMoved: false,
      },
    ],
    [
      {
        metadata: { name: 'b-1' },
        spec: { sourcePVC: 'mixed-storage-root', sourceNamespace: 'demo' },
        status: { phase: 'InProgress' },
      },
    ],
  );
  expect(rows[0].disks.map((d) => [d.pvc, d.method, d.skippedReason])).toEqual([
    ['mixed-storage-root', 'data-mover', undefined],
    ['mixed-storage-scratch', 'skipped', "csiSnapshot: skipped b/c it's not a CSI volume;"],
    ['mixed-storage-data', 'csi-snapshot', undefined],
  ]);
  expect(rows[0].disks[0].upload?.metadata?.name).toBe('b-1');
});

test('a VM we cannot see has no disks listed, and claims of another namespace do not match', () => {
  expect(vmDiskRows([{ namespace: 'prod', name: 'mixed-storage' }], volumes, [], [])).toEqual([
    { vm: { namespace: 'prod', name: 'mixed-storage' }, disks: [] },
  ]);
});

test('claims from PVC and DataVolume volumes, once each', () => {
  expect(
    vmClaims({
      metadata: { name: 'v' },
      spec: {
        template: {
          spec: {
            domain: { devices: {} },
            volumes: [
              { name: 'a', dataVolume: { name: 'v-root' } },
              { name: 'b', persistentVolumeClaim: { claimName: 'v-data' } },
              { name: 'c', cloudInitNoCloud: { userData: '' } },
              { name: 'd', dataVolume: { name: 'v-root' } },
            ],
          },
        },
      },
    }),
  ).toEqual(['v-root', 'v-data']);
});
