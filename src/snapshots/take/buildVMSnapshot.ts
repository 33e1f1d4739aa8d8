import type { OwnerReference } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineModel, VirtualMachineSnapshotModel, apiVersionOf } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';

/** Exactly the VirtualMachineSnapshot the Take snapshot modal sends. */
export type VMSnapshotRequest = {
  apiVersion: string;
  kind: 'VirtualMachineSnapshot';
  metadata: {
    name: string;
    namespace: string;
    annotations?: { description: string };
    ownerReferences?: OwnerReference[];
  };
  spec: {
    source: { apiGroup: 'kubevirt.io'; kind: 'VirtualMachine'; name: string };
    failureDeadline?: string;
  };
};

export type VMSnapshotInput = {
  vm: V1VirtualMachine;
  name: string;
  /** Blank means no annotation. */
  description?: string;
  /** A Go duration; undefined omits the field (controller default 5m). */
  failureDeadline?: string;
  /** Opt-in: let the garbage collector delete the snapshot with its VM. */
  deleteWithVM?: boolean;
};

const vmOwnerReference = (vm: V1VirtualMachine): OwnerReference => {
  const uid = vm.metadata?.uid;
  if (!uid) {
    throw new Error('The VM has no UID yet; it cannot own the snapshot.');
  }
  return {
    apiVersion: apiVersionOf(VirtualMachineModel),
    kind: VirtualMachineModel.kind,
    name: vm.metadata?.name ?? '',
    uid,
    // Neither blocks deletion nor claims control: the VM stays deletable by its users.
    blockOwnerDeletion: false,
    controller: false,
  };
};

export const buildVMSnapshot = ({
  vm,
  name,
  description,
  failureDeadline,
  deleteWithVM = false,
}: VMSnapshotInput): VMSnapshotRequest => ({
  apiVersion: apiVersionOf(VirtualMachineSnapshotModel),
  kind: 'VirtualMachineSnapshot',
  metadata: {
    name,
    namespace: vm.metadata?.namespace ?? '',
    ...(description?.trim() ? { annotations: { description } } : {}),
    ...(deleteWithVM ? { ownerReferences: [vmOwnerReference(vm)] } : {}),
  },
  spec: {
    source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm.metadata?.name ?? '' },
    ...(failureDeadline === undefined ? {} : { failureDeadline }),
  },
});
