import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import type {
  V1VirtualMachine,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
  V1beta1VolumeBackup,
} from '@shared/k8s/types';
import { makeSnapshot, makeVM } from './fixtures';

/** A VM spec with a DataVolume root disk, a PVC data disk and a cloud-init disk. */
export const makeVMSpec = (overrides: { cores?: number; memory?: string } = {}) =>
  ({
    runStrategy: 'Halted',
    dataVolumeTemplates: [
      {
        metadata: { name: 'vm-a-rootdisk' },
        spec: { storage: { resources: { requests: { storage: '30Gi' } } } },
      },
    ],
    template: {
      spec: {
        domain: {
          cpu: { cores: overrides.cores ?? 1, sockets: 1, threads: 1 },
          memory: { guest: overrides.memory ?? '2Gi' },
          devices: {
            disks: [
              { name: 'rootdisk', disk: { bus: 'virtio' } },
              { name: 'datadisk', disk: { bus: 'virtio' } },
              { name: 'cloudinitdisk', disk: { bus: 'virtio' } },
            ],
            interfaces: [{ name: 'default', masquerade: {} }],
          },
        },
        networks: [{ name: 'default', pod: {} }],
        volumes: [
          { name: 'rootdisk', dataVolume: { name: 'vm-a-rootdisk' } },
          { name: 'datadisk', persistentVolumeClaim: { claimName: 'vm-a-data' } },
          { name: 'cloudinitdisk', cloudInitNoCloud: { userData: '#cloud-config' } },
        ],
      },
    },
  }) satisfies V1VirtualMachineSpec as V1VirtualMachineSpec;

/** The live VM `vm-a` (uid `uid-vm-a`) with the spec above. */
export const makeVMWithSpec = (
  spec: V1VirtualMachineSpec = makeVMSpec(),
  status: V1VirtualMachine['status'] = { printableStatus: 'Stopped' },
): V1VirtualMachine => ({ ...makeVM('vm-a', status), spec });

/** A ready snapshot `snap-1` of `vm-a` whose content is `vmsc-snap-1`. */
export const makeReadySnapshot = (
  name = 'snap-1',
  status: Partial<NonNullable<V1beta1VirtualMachineSnapshot['status']>> = {},
): V1beta1VirtualMachineSnapshot =>
  makeSnapshot(name, 'vm-a', {
    phase: 'Succeeded',
    readyToUse: true,
    sourceUID: 'uid-vm-a',
    creationTime: '2026-11-01T10:00:05Z',
    virtualMachineSnapshotContentName: `vmsc-${name}`,
    snapshotVolumes: {
      includedVolumes: ['rootdisk', 'datadisk'],
      excludedVolumes: ['cloudinitdisk'],
    },
    conditions: [
      { type: 'Progressing', status: 'False', reason: 'Operation complete' },
      { type: 'Ready', status: 'True', reason: 'Ready' },
    ],
    ...status,
  });

const backup = (volumeName: string, pvc: string, size: string) => ({
  volumeName,
  volumeSnapshotName: `vmsnapshot-${volumeName}`,
  persistentVolumeClaim: {
    metadata: { name: pvc },
    spec: {
      storageClassName: 'fast',
      resources: { requests: { storage: size } },
    },
  },
});

export const makeContent = (
  spec: V1VirtualMachineSpec = makeVMSpec(),
  name = 'vmsc-snap-1',
  volumeBackups: V1beta1VolumeBackup[] = [
    backup('rootdisk', 'vm-a-rootdisk', '30Gi'),
    backup('datadisk', 'vm-a-data', '10Gi'),
  ],
): V1beta1VirtualMachineSnapshotContent => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshotContent',
  metadata: { name, namespace: 'ns' },
  spec: {
    virtualMachineSnapshotName: 'snap-1',
    source: { virtualMachine: { metadata: { name: 'vm-a', namespace: 'ns' }, spec } },
    volumeBackups,
  },
  status: { readyToUse: true, creationTime: '2026-11-01T10:00:05Z' },
});
