import { groupResultsByVM } from './groupResultsByVM';
import { parseEntry, splitEntry } from './resultEntry';

// Shapes exactly as Velero 1.16.2 writes them (research/velero-formats.md §3, §11).
const noClass =
  ' name: /mixed-storage-scratch message: /Error backing up item error: /error executing custom action (groupResource=persistentvolumeclaims, namespace=demo, name=mixed-storage-scratch): rpc error: code = Unknown desc = failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic: error getting VolumeSnapshotClass: failed to get VolumeSnapshotClass for provisioner kubevirt.io.hostpath-provisioner, ensure that the desired VolumeSnapshot class has the velero.io/csi-volumesnapshot-class label';
const notFound =
  " resource: /virtualmachines.kubevirt.io name: /fedora-web message: /Additional item was not found in Kubernetes API, can't back it up";
const volumes = [
  {
    vm: { namespace: 'demo', name: 'mixed-storage' },
    claims: ['mixed-storage-root', 'mixed-storage-scratch'],
  },
  { vm: { namespace: 'demo', name: 'fedora-web' }, claims: ['fedora-web-root'] },
  { vm: { namespace: 'prod', name: 'fedora-web' }, claims: ['fedora-web-root'] },
];

test('an entry is split into its parts, keeping colons inside values', () => {
  expect(splitEntry(noClass)).toEqual({
    name: 'mixed-storage-scratch',
    message: 'Error backing up item',
    error: noClass.slice(noClass.indexOf('error: /') + 'error: /'.length),
  });
  expect(parseEntry(notFound, 'demo')).toEqual({
    text: "Additional item was not found in Kubernetes API, can't back it up",
    filedUnder: 'demo',
    resource: 'virtualmachines.kubevirt.io',
    name: 'fedora-web',
    subject: { resource: 'virtualmachines.kubevirt.io', namespace: 'demo', name: 'fedora-web' },
  });
});

test('a PVC error filed under "velero" lands under the VM that owns the PVC, in its namespace', () => {
  const grouped = groupResultsByVM(
    { errors: { velero: [noClass] }, warnings: { namespaces: { demo: [notFound] } } },
    volumes,
  );
  expect(
    grouped.vms.map((g) => [`${g.vm.namespace}/${g.vm.name}`, g.errors.length, g.warnings.length]),
  ).toEqual([
    ['demo/mixed-storage', 1, 0],
    ['demo/fedora-web', 0, 1],
  ]);
  expect(grouped.vms[0].errors[0]).toMatchObject({
    message: 'Error backing up item',
    subject: {
      resource: 'persistentvolumeclaims',
      namespace: 'demo',
      name: 'mixed-storage-scratch',
    },
  });
  expect(grouped.vms[0].errors[0].text).toContain(
    'failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic',
  );
  expect(grouped.other).toEqual({ errors: [], warnings: [] });
});

test('launcher pods map to their VM; unknown objects and Velero-wide entries stay apart', () => {
  const grouped = groupResultsByVM(
    {
      errors: {
        namespaces: {
          demo: [' resource: /pods name: /virt-launcher-fedora-web-x7k2p message: /hook failed'],
        },
        velero: [' message: /Error getting backup store'],
      },
      warnings: { namespaces: { demo: [' resource: /configmaps name: /settings message: /odd'] } },
    },
    volumes,
  );
  expect(grouped.vms.map((g) => g.vm)).toEqual([{ namespace: 'demo', name: 'fedora-web' }]);
  expect(grouped.other.errors.map((e) => e.text)).toEqual(['Error getting backup store']);
  expect(grouped.other.warnings.map((e) => e.subject?.name)).toEqual(['settings']);
});

test('restore entries name the object as Kind:name inside a plain message', () => {
  const warning =
    'could not restore, VirtualMachine:fedora-web already exists. Warning: the in-cluster version is different than the backed-up version';
  const grouped = groupResultsByVM({ warnings: { namespaces: { prod: [warning] } } }, volumes);
  expect(grouped.vms).toEqual([
    {
      vm: { namespace: 'prod', name: 'fedora-web' },
      errors: [],
      warnings: [expect.objectContaining({ text: warning })],
    },
  ]);
});
