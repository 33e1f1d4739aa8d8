// KubeVirt types come from @kubevirt-ui-ext/kubevirt-api; type-only imports keep its
// runtime code out of the bundle.
export type {
  V1VirtualMachine,
  V1VirtualMachineInstance,
  V1VolumeSnapshotStatus,
  V1Volume,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineClone,
  V1beta1Condition,
  V1beta1SourceIndication,
  V1beta1VolumeBackup,
} from '@kubevirt-ui-ext/kubevirt-api/kubevirt';

export type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
