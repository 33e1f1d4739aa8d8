// Test fixtures for the Take snapshot specs (not part of the plugin bundle).
import type {
  V1VirtualMachine,
  V1VirtualMachineInstance,
  V1Volume,
  V1VolumeSnapshotStatus,
} from '@shared/k8s/types';

export const rootDisk: V1Volume = { name: 'rootdisk', dataVolume: { name: 'vm-a-rootdisk' } };
export const cloudInitDisk: V1Volume = {
  name: 'cloudinitdisk',
  cloudInitNoCloud: { userData: '#cloud-config' },
};
export const containerDisk: V1Volume = {
  name: 'containerdisk',
  containerDisk: { image: 'quay.io/containerdisks/fedora:latest' },
};

export const NOT_SUPPORTED = (volume: string) =>
  `Snapshot is not supported for this volumeSource type [${volume}]`;

type VMOptions = {
  name?: string;
  uid?: string;
  volumes?: V1Volume[];
  statuses?: V1VolumeSnapshotStatus[];
  status?: V1VirtualMachine['status'];
};

/** A VM in namespace `ns`; `statuses` undefined leaves volumeSnapshotStatuses absent. */
export const makeVM = ({
  name = 'vm-a',
  uid = 'uid-vm-a',
  volumes = [rootDisk, cloudInitDisk],
  statuses,
  status = { printableStatus: 'Stopped' },
}: VMOptions = {}): V1VirtualMachine => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: 'ns', uid },
  spec: {
    runStrategy: 'Halted',
    template: { spec: { domain: { devices: {} }, volumes } },
  },
  status: { ...status, ...(statuses ? { volumeSnapshotStatuses: statuses } : {}) },
});

/** Scenario 8's VM: rootdisk eligible, cloudinitdisk not (with the controller's reason). */
export const stoppedVM = (status: V1VirtualMachine['status'] = { printableStatus: 'Stopped' }) =>
  makeVM({
    status,
    statuses: [
      { name: 'rootdisk', enabled: true },
      { name: 'cloudinitdisk', enabled: false, reason: NOT_SUPPORTED('cloudinitdisk') },
    ],
  });

export const makeVMI = (
  conditions: { type: string; status: string }[] = [],
): V1VirtualMachineInstance => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachineInstance',
  metadata: { name: 'vm-a', namespace: 'ns' },
  spec: { domain: { devices: {} } },
  status: { phase: 'Running', conditions },
});
