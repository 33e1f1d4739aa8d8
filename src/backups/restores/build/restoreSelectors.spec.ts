import type { LabelledItem } from './restoreSelectors';
import { itemsRestored, restoreSelection } from './restoreSelectors';
import { buildRestore } from './buildRestore';
import type { BackupSnapshot } from './snapshotSelectors';
import { snapshotsOfClaims } from './snapshotSelectors';

// A backup of namespace demo as the local cluster writes it: VMs labelled app=<name> (as the
// console labels VMs), VMIs with the template's labels, launcher pods with vm.kubevirt.io/name;
// DataVolumes made from the VM's templates labelled with its UID (virt-controller), their PVCs
// with those and CDI's labels, and as Velero archives them: each PVC with its snapshot's name,
// each CSI VolumeSnapshot with its PVC's labels and the backup's name; and objects of no VM.
const CDI = { app: 'containerized-data-importer' };
const CREATED_BY = 'kubevirt.io/created-by';
const uid = (vm: string) => `uid-${vm}`;
const vsName = (claim: string) => `velero-${claim}-7f3ka`;
const snapshotLabels = (vm: string) => ({
  ...CDI,
  [CREATED_BY]: uid(vm),
  'velero.io/backup-name': 'b',
});
const vmObjects = (name: string, claims: string[], running: boolean): LabelledItem[] => [
  {
    apiVersionKind: 'kubevirt.io/v1/VirtualMachine',
    kind: 'VirtualMachine',
    namespace: 'demo',
    name,
    labels: { app: name },
  },
  ...(running
    ? [
        {
          apiVersionKind: 'kubevirt.io/v1/VirtualMachineInstance',
          kind: 'VirtualMachineInstance',
          namespace: 'demo',
          name,
          labels: { 'kubevirt.io/domain': name, [CREATED_BY]: uid(name) },
        },
        {
          apiVersionKind: 'v1/Pod',
          kind: 'Pod',
          namespace: 'demo',
          name: `virt-launcher-${name}-x7k2q`,
          labels: { 'vm.kubevirt.io/name': name },
        },
      ]
    : []),
  ...claims.flatMap((claim) => [
    {
      apiVersionKind: 'cdi.kubevirt.io/v1beta1/DataVolume',
      kind: 'DataVolume',
      namespace: 'demo',
      name: claim,
      labels: { [CREATED_BY]: uid(name) },
    },
    {
      apiVersionKind: 'v1/PersistentVolumeClaim',
      kind: 'PersistentVolumeClaim',
      namespace: 'demo',
      name: claim,
      labels: { ...snapshotLabels(name), 'velero.io/volume-snapshot-name': vsName(claim) },
    },
    {
      apiVersionKind: 'snapshot.storage.k8s.io/v1/VolumeSnapshot',
      kind: 'VolumeSnapshot',
      namespace: 'demo',
      name: vsName(claim),
      labels: snapshotLabels(name),
    },
  ]),
];
const volumes = [
  { vm: { namespace: 'demo', name: 'fedora-web' }, claims: ['fedora-web-rootdisk'] },
  { vm: { namespace: 'demo', name: 'rhel9-db' }, claims: ['rhel9-db-rootdisk', 'rhel9-db-data'] },
  { vm: { namespace: 'demo', name: 'centos-batch' }, claims: ['centos-batch-rootdisk'] },
];
const items: LabelledItem[] = [
  ...vmObjects('fedora-web', ['fedora-web-rootdisk'], true),
  ...vmObjects('rhel9-db', ['rhel9-db-rootdisk', 'rhel9-db-data'], true),
  ...vmObjects('centos-batch', ['centos-batch-rootdisk'], false),
  {
    apiVersionKind: 'v1/PersistentVolumeClaim',
    kind: 'PersistentVolumeClaim',
    namespace: 'demo',
    name: 'rhel9-hotplug-scratch',
  },
  {
    apiVersionKind: 'v1/ConfigMap',
    kind: 'ConfigMap',
    namespace: 'demo',
    name: 'kube-root-ca.crt',
  },
];
const snapshotFile: BackupSnapshot[] = volumes.flatMap(({ vm, claims }) =>
  claims.map((claim) => ({
    metadata: { namespace: 'demo', name: vsName(claim), labels: snapshotLabels(vm.name) },
    spec: { source: { persistentVolumeClaimName: claim } },
  })),
);
const backupVMs = volumes.map(({ vm, claims }) => ({
  vm,
  labels: { app: vm.name, tier: 'back' },
  snapshots: snapshotsOfClaims('demo', claims, snapshotFile),
}));
const names = (restored: LabelledItem[]) => restored.map((i) => `${i.kind}/${i.name}`);
const restoreOf = (picked: { namespace: string; name: string }[]) =>
  buildRestore({
    name: 'r',
    veleroNamespace: 'openshift-adp',
    source: { backupName: 'b' },
    vms: picked,
    targets: {},
    selectors: restoreSelection(picked, backupVMs).selectors,
    options: { power: 'as-backed-up', newMACs: false, newFirmwareUUID: false },
  });

test('the deleted centos-batch alone: its VM, DataVolume, PVC and its snapshot, nothing else', () => {
  const picked = [{ namespace: 'demo', name: 'centos-batch' }];
  expect(restoreSelection(picked, backupVMs)).toEqual({
    selectors: [
      { matchLabels: { app: 'centos-batch' } },
      { matchLabels: { [CREATED_BY]: 'uid-centos-batch' } },
    ],
    unselectable: [],
    snapshotsLeftOut: [],
  });
  expect(names(itemsRestored(restoreOf(picked).spec ?? {}, items, volumes))).toEqual([
    'VirtualMachine/centos-batch',
    'DataVolume/centos-batch-rootdisk',
    'PersistentVolumeClaim/centos-batch-rootdisk',
    'VolumeSnapshot/velero-centos-batch-rootdisk-7f3ka',
  ]);
});

test('two running VMs: all their disks and snapshots; no VMI or launcher pod, no stray PVC', () => {
  const picked = [
    { namespace: 'demo', name: 'fedora-web' },
    { namespace: 'demo', name: 'rhel9-db' },
  ];
  expect(names(itemsRestored(restoreOf(picked).spec ?? {}, items, volumes))).toEqual([
    'VirtualMachine/fedora-web',
    'DataVolume/fedora-web-rootdisk',
    'PersistentVolumeClaim/fedora-web-rootdisk',
    'VolumeSnapshot/velero-fedora-web-rootdisk-7f3ka',
    'VirtualMachine/rhel9-db',
    'DataVolume/rhel9-db-rootdisk',
    'PersistentVolumeClaim/rhel9-db-rootdisk',
    'VolumeSnapshot/velero-rhel9-db-rootdisk-7f3ka',
    'DataVolume/rhel9-db-data',
    'PersistentVolumeClaim/rhel9-db-data',
    'VolumeSnapshot/velero-rhel9-db-data-7f3ka',
  ]);
});

test('every restored PVC with a snapshot finds it restored (else Velero fails the PVC)', () => {
  for (const { vm } of volumes) {
    const restored = itemsRestored(restoreOf([vm]).spec ?? {}, items, volumes);
    const wanted = restored
      .filter((i) => i.kind === 'PersistentVolumeClaim')
      .map((i) => i.labels?.['velero.io/volume-snapshot-name']);
    const snapshots = restored.filter((i) => i.kind === 'VolumeSnapshot').map((i) => i.name);
    expect(snapshots).toEqual(wanted);
  }
});

test('a snapshot without a label of its VM (a DataVolume made apart) is named, not guessed', () => {
  const apart = backupVMs.map((b) => ({
    ...b,
    snapshots: b.snapshots.map((s) => ({ ...s, labels: { ...CDI, 'velero.io/backup-name': 'b' } })),
  }));
  expect(restoreSelection([{ namespace: 'demo', name: 'rhel9-db' }], apart)).toEqual({
    selectors: [{ matchLabels: { app: 'rhel9-db' } }],
    unselectable: [],
    snapshotsLeftOut: [
      { namespace: 'demo', name: 'rhel9-db', claim: 'rhel9-db-rootdisk' },
      { namespace: 'demo', name: 'rhel9-db', claim: 'rhel9-db-data' },
    ],
  });
  // All of the namespace's VMs picked: the shared labels take nothing of another VM.
  const all = volumes.map((v) => v.vm);
  expect(restoreSelection(all, apart).snapshotsLeftOut).toEqual([]);
});

test('the CDI app label of the PVCs is never used: it would take every VM disk', () => {
  const { selectors } = restoreSelection([{ namespace: 'demo', name: 'fedora-web' }], backupVMs);
  expect(JSON.stringify(selectors)).not.toContain('containerized-data-importer');
});

test('a VM with no label of its own in the backup cannot be picked alone', () => {
  const shared = backupVMs.map((b) => ({ ...b, labels: { tier: 'back' } }));
  const picked = [{ namespace: 'demo', name: 'centos-batch' }];
  expect(restoreSelection(picked, shared)).toEqual({
    selectors: [{ matchLabels: { [CREATED_BY]: 'uid-centos-batch' } }],
    unselectable: picked,
    snapshotsLeftOut: [],
  });
});

test('the same VM name in another namespace of the backup is not taken', () => {
  const withProd = [
    ...backupVMs,
    { vm: { namespace: 'prod', name: 'fedora-web' }, labels: { app: 'fedora-web' } },
  ];
  const restore = restoreOf([{ namespace: 'demo', name: 'fedora-web' }]);
  expect(restore.spec?.includedNamespaces).toEqual(['demo']);
  const prodVM: LabelledItem = {
    apiVersionKind: 'kubevirt.io/v1/VirtualMachine',
    kind: 'VirtualMachine',
    namespace: 'prod',
    name: 'fedora-web',
    labels: { app: 'fedora-web' },
  };
  expect(itemsRestored(restore.spec ?? {}, [...items, prodVM], volumes)).not.toContain(prodVM);
  expect(
    restoreSelection([{ namespace: 'demo', name: 'fedora-web' }], withProd).unselectable,
  ).toEqual([]);
});
