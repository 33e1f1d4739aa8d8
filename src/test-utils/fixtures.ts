import type {
  V1VirtualMachine,
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineSnapshot,
} from '@shared/k8s/types';

type SnapshotStatus = NonNullable<V1beta1VirtualMachineSnapshot['status']>;
type RestoreStatus = NonNullable<V1beta1VirtualMachineRestore['status']>;

export const makeVM = (
  name = 'vm-a',
  status: V1VirtualMachine['status'] = { printableStatus: 'Stopped' },
  uid = `uid-${name}`,
): V1VirtualMachine => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: 'ns', uid },
  spec: { runStrategy: 'Halted', template: { spec: { domain: { devices: {} } } } },
  status,
});

export const makeSnapshot = (
  name: string,
  vmName: string,
  status?: SnapshotStatus,
  creationTimestamp = '2026-11-01T10:00:00Z',
): V1beta1VirtualMachineSnapshot => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshot',
  metadata: { name, namespace: 'ns', uid: `uid-${name}`, creationTimestamp },
  spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vmName } },
  status,
});

export const makeRestore = (
  name: string,
  snapshotName: string,
  targetName: string,
  status?: RestoreStatus,
): V1beta1VirtualMachineRestore => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineRestore',
  metadata: { name, namespace: 'ns', uid: `uid-${name}` },
  spec: {
    target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: targetName },
    virtualMachineSnapshotName: snapshotName,
  },
  status,
});
