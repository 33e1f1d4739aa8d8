import type { V1VirtualMachine } from '@shared/k8s/types';
import type { ArchivedVMs } from '../../backend/archivedVMs';
import { buildRestore } from '../build/buildRestore';
import type { LabelledItem } from '../build/restoreSelectors';
import { itemsRestored, restoreSelection } from '../build/restoreSelectors';
import type { BackupSnapshot } from '../build/snapshotSelectors';
import { vmsOfBackup } from './backupVMs';

// The archive of a backup of namespace demo, as the backend reads it. centos-batch was deleted
// since: labelled without `app`, its disk not named after it. web-a and web-b share `app: web`;
// web-a's live labels changed after the backup. web-b's DataVolume carries `tier: batch`.
const CREATED_BY = 'kubevirt.io/created-by';
const CDI = { app: 'containerized-data-importer' };
const disks: Record<string, { uid: string; claims: string[]; extra?: Record<string, string> }> = {
  'centos-batch': { uid: 'uid-c', claims: ['batch-disk-0'] },
  'web-a': { uid: 'uid-a', claims: ['web-a-rootdisk'] },
  'web-b': { uid: 'uid-b', claims: ['web-b-rootdisk', 'web-b-data'], extra: { tier: 'batch' } },
};
const archived: ArchivedVMs = {
  virtualMachines: (
    [
      { name: 'centos-batch', labels: { tier: 'batch', workload: 'nightly' } },
      { name: 'web-a', labels: { app: 'web', 'vm.kubevirt.io/name': 'web-a' } },
      { name: 'web-b', labels: { app: 'web', 'vm.kubevirt.io/name': 'web-b' } },
    ] as { name: string; labels: Record<string, string> }[]
  ).map(({ name, labels }) => ({
    namespace: 'demo',
    name,
    uid: disks[name].uid,
    labels,
    // web-a's spec also names a hotplugged PVC the backup left out.
    claims: [...disks[name].claims, ...(name === 'web-a' ? ['web-a-hotplug'] : [])],
  })),
  claims: Object.values(disks).flatMap(({ uid, claims, extra }) =>
    claims.flatMap((name) => [
      {
        kind: 'DataVolume' as const,
        namespace: 'demo',
        name,
        labels: { [CREATED_BY]: uid, ...extra },
      },
      {
        kind: 'PersistentVolumeClaim' as const,
        namespace: 'demo',
        name,
        labels: { ...CDI, [CREATED_BY]: uid },
      },
    ]),
  ),
};
const snapshotFile: BackupSnapshot[] = Object.values(disks).flatMap(({ uid, claims }) =>
  claims.map((claim) => ({
    metadata: {
      namespace: 'demo',
      name: `velero-${claim}`,
      labels: { ...CDI, [CREATED_BY]: uid, 'velero.io/backup-name': 'b' },
    },
    spec: { source: { persistentVolumeClaimName: claim } },
  })),
);
const live: V1VirtualMachine[] = [
  {
    metadata: { namespace: 'demo', name: 'web-a', labels: { app: 'web-a' } },
    spec: { template: {} },
    status: { ready: true },
  },
  {
    metadata: { namespace: 'demo', name: 'web-b', labels: { app: 'web' } },
    spec: { template: {} },
  },
];

/** Every top-level item of the archive, as Velero matches the Restore's selectors on them. */
const items: LabelledItem[] = [
  ...archived.virtualMachines.map((vm) => ({
    apiVersionKind: 'kubevirt.io/v1/VirtualMachine',
    kind: 'VirtualMachine',
    namespace: vm.namespace,
    name: vm.name,
    labels: vm.labels,
  })),
  ...archived.claims.map((c) => ({
    apiVersionKind:
      c.kind === 'DataVolume' ? 'cdi.kubevirt.io/v1beta1/DataVolume' : 'v1/PersistentVolumeClaim',
    kind: c.kind,
    namespace: c.namespace,
    name: c.name,
    labels: c.labels,
  })),
  ...snapshotFile.map((s) => ({
    apiVersionKind: 'snapshot.storage.k8s.io/v1/VolumeSnapshot',
    kind: 'VolumeSnapshot',
    namespace: 'demo',
    name: s.metadata?.name ?? '',
    labels: s.metadata?.labels,
  })),
];
const vms = vmsOfBackup(archived, live, snapshotFile);
const ownedBy = (vm: string) =>
  [
    `VirtualMachine/${vm}`,
    ...disks[vm].claims.flatMap((c) => [
      `DataVolume/${c}`,
      `PersistentVolumeClaim/${c}`,
      `VolumeSnapshot/velero-${c}`,
    ]),
  ].sort();
const restoredBy = (picked: string[]) => {
  const refs = picked.map((name) => ({ namespace: 'demo', name }));
  const restore = buildRestore({
    name: 'r',
    veleroNamespace: 'openshift-adp',
    source: { backupName: 'b' },
    vms: refs,
    targets: {},
    selectors: restoreSelection(refs, vms).selectors,
    options: { power: 'as-backed-up', newMACs: false, newFirmwareUUID: false },
  });
  return itemsRestored(restore.spec ?? {}, items, vms)
    .map((i) => `${i.kind}/${i.name}`)
    .sort();
};

test('the archived labels, UID and held claims; the live VM only as itself', () => {
  expect(
    vms.map(({ vm, uid, labels, claims, live: now }) => ({ vm, uid, labels, claims, now })),
  ).toEqual([
    {
      vm: { namespace: 'demo', name: 'centos-batch' },
      uid: 'uid-c',
      labels: { tier: 'batch', workload: 'nightly' },
      claims: ['batch-disk-0'],
      now: undefined,
    },
    {
      vm: { namespace: 'demo', name: 'web-a' },
      uid: 'uid-a',
      labels: { app: 'web', 'vm.kubevirt.io/name': 'web-a' },
      claims: ['web-a-rootdisk'],
      now: live[0],
    },
    {
      vm: { namespace: 'demo', name: 'web-b' },
      uid: 'uid-b',
      labels: { app: 'web', 'vm.kubevirt.io/name': 'web-b' },
      claims: ['web-b-rootdisk', 'web-b-data'],
      now: live[1],
    },
  ]);
});

test('the deleted centos-batch: its own label (not one web-b’s disk has) and its UID term', () => {
  expect(restoreSelection([{ namespace: 'demo', name: 'centos-batch' }], vms)).toEqual({
    selectors: [
      { matchLabels: { workload: 'nightly' } },
      { matchLabels: { [CREATED_BY]: 'uid-c' } },
    ],
    unselectable: [],
    snapshotsLeftOut: [],
  });
});

test('web-a by its archived identity label, not `app: web` (shared) nor its live `app: web-a`', () => {
  expect(restoreSelection([{ namespace: 'demo', name: 'web-a' }], vms).selectors[0]).toEqual({
    matchLabels: { 'vm.kubevirt.io/name': 'web-a' },
  });
});

test.each([
  [['centos-batch']],
  [['web-a']],
  [['web-b']],
  [['web-a', 'web-b']],
  [['centos-batch', 'web-b']],
  [['centos-batch', 'web-a', 'web-b']],
])('picked %j: exactly their VMs, disks and snapshots come back', (picked) => {
  expect(restoredBy(picked)).toEqual(picked.flatMap(ownedBy).sort());
});
