import { findConflicts, vmsToDelete } from './findConflicts';

const obj = (namespace: string, name: string) => ({ metadata: { namespace, name } });
const fedora = { vm: { namespace: 'demo', name: 'fedora-web' }, claims: ['fedora-web-rootdisk'] };
const batch = {
  vm: { namespace: 'demo', name: 'centos-batch' },
  claims: ['centos-batch-rootdisk'],
};
const cluster = {
  vms: [obj('demo', 'fedora-web'), obj('demo-copy', 'other')],
  dataVolumes: [obj('demo', 'fedora-web-rootdisk')],
  claims: [obj('demo', 'fedora-web-rootdisk'), obj('demo-copy', 'centos-batch-rootdisk')],
};

test('fedora-web back into demo, where it still runs: its VM, DataVolume and PVC are listed', () => {
  expect(findConflicts([fedora], { demo: 'demo' }, cluster)).toEqual([
    { vm: fedora.vm, kind: 'VirtualMachine', namespace: 'demo', name: 'fedora-web' },
    { vm: fedora.vm, kind: 'DataVolume', namespace: 'demo', name: 'fedora-web-rootdisk' },
    {
      vm: fedora.vm,
      kind: 'PersistentVolumeClaim',
      namespace: 'demo',
      name: 'fedora-web-rootdisk',
    },
  ]);
});

test('fedora-web into demo-copy: quiet', () => {
  expect(findConflicts([fedora], { demo: 'demo-copy' }, cluster)).toEqual([]);
});

test('the deleted centos-batch into demo: quiet; into demo-copy: its leftover PVC is listed', () => {
  expect(findConflicts([batch], {}, cluster)).toEqual([]);
  expect(findConflicts([batch], { demo: 'demo-copy' }, cluster)).toEqual([
    {
      vm: batch.vm,
      kind: 'PersistentVolumeClaim',
      namespace: 'demo-copy',
      name: 'centos-batch-rootdisk',
    },
  ]);
});

test('only existing VMs are offered for deletion, never their disks', () => {
  const conflicts = findConflicts([fedora, batch], {}, cluster);
  expect(vmsToDelete(conflicts)).toEqual([{ namespace: 'demo', name: 'fedora-web' }]);
});
