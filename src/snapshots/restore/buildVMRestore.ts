import { VirtualMachineModel, VirtualMachineRestoreModel, apiVersionOf } from '@shared/k8s/models';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { generatedName } from './generatedName';

/** InPlace deletes each backed-up PVC and re-creates it from its VolumeSnapshot under the same name. */
export type VolumeRestorePolicy = 'InPlace';

export type VMRestoreInput = {
  namespace: string;
  vmName: string;
  snapshotName: string;
  /** The user chose "Stop the VM and restore" for a running VM. */
  stopTarget: boolean;
  volumeRestorePolicy?: VolumeRestorePolicy;
  suffix?: string;
};

/**
 * The VirtualMachineRestore to POST. No ownerReferences: the controller makes the VM own it,
 * and a user-set owner with blockOwnerDeletion fails for regular users (openshift/console#9693).
 */
export const buildVMRestore = ({
  namespace,
  vmName,
  snapshotName,
  stopTarget,
  volumeRestorePolicy = 'InPlace',
  suffix,
}: VMRestoreInput): V1beta1VirtualMachineRestore => ({
  apiVersion: apiVersionOf(VirtualMachineRestoreModel),
  kind: VirtualMachineRestoreModel.kind,
  metadata: { name: generatedName(`restore-${snapshotName}`, suffix), namespace },
  spec: {
    target: {
      apiGroup: VirtualMachineModel.apiGroup,
      kind: VirtualMachineModel.kind,
      name: vmName,
    },
    virtualMachineSnapshotName: snapshotName,
    volumeRestorePolicy,
    ...(stopTarget ? { targetReadinessPolicy: 'StopTarget' } : {}),
  },
});
