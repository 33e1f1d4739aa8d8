import { buildVMSnapshot } from './buildVMSnapshot';
import { makeVM } from './takeSnapshotFixtures';

const vm = makeVM();

describe('buildVMSnapshot', () => {
  it('builds the minimal snapshot: no annotations, owner references or deadline', () => {
    expect(buildVMSnapshot({ vm, name: 'snap-1' })).toEqual({
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshot',
      metadata: { name: 'snap-1', namespace: 'ns' },
      spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' } },
    });
  });

  it('adds the description annotation, the deadline and the opt-in VM owner reference', () => {
    expect(
      buildVMSnapshot({
        vm,
        name: 'snap-1',
        description: 'before upgrade: a, b',
        failureDeadline: '10m',
        deleteWithVM: true,
      }),
    ).toEqual({
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshot',
      metadata: {
        name: 'snap-1',
        namespace: 'ns',
        annotations: { description: 'before upgrade: a, b' },
        ownerReferences: [
          {
            apiVersion: 'kubevirt.io/v1',
            kind: 'VirtualMachine',
            name: 'vm-a',
            uid: 'uid-vm-a',
            blockOwnerDeletion: false,
            controller: false,
          },
        ],
      },
      spec: {
        source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' },
        failureDeadline: '10m',
      },
    });
  });

  it('sends "0s" (no deadline) as given', () => {
    expect(buildVMSnapshot({ vm, name: 's', failureDeadline: '0s' }).spec.failureDeadline).toBe(
      '0s',
    );
  });

  it('leaves out a blank description', () => {
    expect(buildVMSnapshot({ vm, name: 's', description: '  \n' }).metadata).toEqual({
      name: 's',
      namespace: 'ns',
    });
  });

  it('refuses an owner reference to a VM without a UID rather than sending a broken one', () => {
    expect(() =>
      buildVMSnapshot({ vm: makeVM({ uid: '' }), name: 's', deleteWithVM: true }),
    ).toThrow();
  });
});
