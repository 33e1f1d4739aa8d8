import { contentsByVM, resourceItems, vmsInResourceList } from './resourceList';

const list = {
  'cdi.kubevirt.io/v1beta1/DataVolume': ['demo/fedora-web-root'],
  'kubevirt.io/v1/VirtualMachine': ['demo/fedora-web', 'demo/rhel9-db'],
  'kubevirt.io/v1/VirtualMachineInstance': ['demo/fedora-web'],
  'v1/Namespace': ['demo'],
  'v1/PersistentVolume': ['pvc-5e6f'],
  'v1/PersistentVolumeClaim': ['demo/fedora-web-root', 'demo/rhel9-db-root'],
  'v1/Pod': ['demo/virt-launcher-fedora-web-abcde'],
  'v1/Secret': ['demo/fedora-web-cloudinit'],
};

test('items of the list, cluster-scoped without a namespace, restore actions stripped', () => {
  expect(
    resourceItems({
      'v1/Namespace': ['demo'],
      'kubevirt.io/v1/VirtualMachine': ['demo/vm1(created)'],
    }),
  ).toEqual([
    { apiVersionKind: 'v1/Namespace', kind: 'Namespace', name: 'demo' },
    {
      apiVersionKind: 'kubevirt.io/v1/VirtualMachine',
      kind: 'VirtualMachine',
      namespace: 'demo',
      name: 'vm1',
    },
  ]);
  expect(vmsInResourceList(list)).toEqual([
    { namespace: 'demo', name: 'fedora-web' },
    { namespace: 'demo', name: 'rhel9-db' },
  ]);
});

test('per VM: its VM, VMI, launcher pod, DataVolume and claims; the rest apart', () => {
  const grouped = contentsByVM(list, [
    { vm: { namespace: 'demo', name: 'fedora-web' }, claims: ['fedora-web-root'] },
    { vm: { namespace: 'demo', name: 'rhel9-db' }, claims: ['rhel9-db-root'] },
  ]);
  expect(grouped.vms[0].items.map((i) => `${i.kind}/${i.name}`).sort()).toEqual([
    'DataVolume/fedora-web-root',
    'PersistentVolumeClaim/fedora-web-root',
    'Pod/virt-launcher-fedora-web-abcde',
    'VirtualMachine/fedora-web',
    'VirtualMachineInstance/fedora-web',
  ]);
  expect(grouped.vms[1].items.map((i) => `${i.kind}/${i.name}`)).toEqual([
    'VirtualMachine/rhel9-db',
    'PersistentVolumeClaim/rhel9-db-root',
  ]);
  expect(grouped.other.map((i) => `${i.kind}/${i.name}`)).toEqual([
    'Namespace/demo',
    'PersistentVolume/pvc-5e6f',
    'Secret/fedora-web-cloudinit',
  ]);
});
