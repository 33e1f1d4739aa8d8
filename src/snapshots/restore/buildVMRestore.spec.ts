import { dns1123LabelProblem } from '@shared/validation/dns1123';
import { buildVMRestore } from './buildVMRestore';
import { generatedName, randomSuffix } from './generatedName';

describe('buildVMRestore', () => {
  it('builds the exact restore body for a stopped VM', () => {
    expect(
      buildVMRestore({
        namespace: 'ns',
        vmName: 'vm-a',
        snapshotName: 'snap-1',
        stopTarget: false,
        suffix: 'abcde',
      }),
    ).toEqual({
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineRestore',
      metadata: { name: 'restore-snap-1-abcde', namespace: 'ns' },
      spec: {
        target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' },
        virtualMachineSnapshotName: 'snap-1',
        volumeRestorePolicy: 'InPlace',
      },
    });
  });

  it('adds StopTarget only when the user chose to stop the VM, and never ownerReferences', () => {
    const restore = buildVMRestore({
      namespace: 'ns',
      vmName: 'vm-a',
      snapshotName: 'snap-1',
      stopTarget: true,
    });
    expect(restore.spec.targetReadinessPolicy).toBe('StopTarget');
    expect(restore.metadata?.ownerReferences).toBeUndefined();
  });

  it('keeps generated names valid for long snapshot names', () => {
    const name = buildVMRestore({
      namespace: 'ns',
      vmName: 'vm-a',
      snapshotName: 'a'.repeat(63),
      stopTarget: false,
    }).metadata?.name;
    expect(name).toHaveLength(63);
    expect(dns1123LabelProblem(name ?? '')).toBeUndefined();
  });
});

describe('generatedName', () => {
  it('appends a five character suffix and stays a DNS-1123 label', () => {
    expect(randomSuffix()).toMatch(/^[a-z0-9]{5}$/);
    expect(generatedName('x-', 'abcde')).toBe('x-abcde');
    expect(dns1123LabelProblem(generatedName(`${'b'.repeat(62)}-`))).toBeUndefined();
  });
});
