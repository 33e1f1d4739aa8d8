import type { LabelledItem } from './restoreSelectors';
import { itemsRestored, restoreSelection } from './restoreSelectors';
import { buildRestore } from './buildRestore';

// A backup of namespace demo as the local cluster writes it: VMs labelled app=<name> (as the
// console labels VMs), VMIs with the template's labels, launcher pods with vm.kubevirt.io/name,
// DataVolumes unlabelled, their PVCs labelled by CDI, and objects of no VM.
const CDI = { app: 'containerized-data-importer' };
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
          labels: { 'kubevirt.io/domain': name },
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
    },
    {
      apiVersionKind: 'v1/PersistentVolumeClaim',
      kind: 'PersistentVolumeClaim',
      namespace: 'demo',
      name: claim,
      labels: CDI,
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
const backupVMs = volumes.map(({ vm }) => ({ vm, labels: { app: vm.name, tier: 'back' } }));
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

test('the deleted centos-batch alone: its VM, DataVolume and PVC, nothing of another VM', () => {
  const picked = [{ namespace: 'demo', name: 'centos-batch' }];
  expect(restoreSelection(picked, backupVMs)).toEqual({
    selectors: [{ matchLabels: { app: 'centos-batch' } }],
    unselectable: [],
  });
  expect(names(itemsRestored(restoreOf(picked).spec ?? {}, items, volumes))).toEqual([
    'VirtualMachine/centos-batch',
    'DataVolume/centos-batch-rootdisk',
    'PersistentVolumeClaim/centos-batch-rootdisk',
  ]);
});

test('two running VMs: both with all their disks; no VMI or launcher pod, no stray PVC', () => {
  const picked = [
    { namespace: 'demo', name: 'fedora-web' },
    { namespace: 'demo', name: 'rhel9-db' },
  ];
  expect(names(itemsRestored(restoreOf(picked).spec ?? {}, items, volumes))).toEqual([
    'VirtualMachine/fedora-web',
    'DataVolume/fedora-web-rootdisk',
    'PersistentVolumeClaim/fedora-web-rootdisk',
    'VirtualMachine/rhel9-db',
    'DataVolume/rhel9-db-rootdisk',
    'PersistentVolumeClaim/rhel9-db-rootdisk',
    'DataVolume/rhel9-db-data',
    'PersistentVolumeClaim/rhel9-db-data',
  ]);
});

test('the CDI app label of the PVCs is never used: it would take every VM disk', () => {
  const { selectors } = restoreSelection([{ namespace: 'demo', name: 'fedora-web' }], backupVMs);
  expect(JSON.stringify(selectors)).not.toContain('containerized-data-importer');
});

test('a VM with no label of its own in the backup cannot be picked alone', () => {
  const shared = backupVMs.map((b) => ({ ...b, labels: { tier: 'back' } }));
  const picked = [{ namespace: 'demo', name: 'centos-batch' }];
  expect(restoreSelection(picked, shared)).toEqual({ selectors: [], unselectable: picked });
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
