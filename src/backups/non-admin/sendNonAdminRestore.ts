import { k8sCreate, k8sDelete, k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { errorCode } from '@shared/k8s/errorMessage';
import {
  DataVolumeModel,
  PersistentVolumeClaimModel,
  VirtualMachineModel,
} from '@shared/k8s/models';
import type { Conflict } from '../restores/conflicts/findConflicts';
import { NonAdminRestoreModel } from './nonAdminModels';
import type { NonAdminRestore } from './nonAdminTypes';

const MODELS: Record<Conflict['kind'], K8sModel> = {
  VirtualMachine: VirtualMachineModel,
  DataVolume: DataVolumeModel,
  PersistentVolumeClaim: PersistentVolumeClaimModel,
};

const gone = async (c: Conflict) => {
  try {
    await k8sGet({ model: MODELS[c.kind], name: c.name, ns: c.namespace });
    return false;
  } catch (error) {
    if (errorCode(error) === 404) return true;
    throw error;
  }
};

export type SendOptions = {
  /** Objects in the way, confirmed by the user: their VMs are deleted first. */
  deleteFirst: Conflict[];
  /** The message when they are still there after every poll (nothing is restored then). */
  stillThere: (left: Conflict[]) => string;
  pollMs?: number;
  polls?: number;
};

/**
 * As the admin restore wizard does (Velero skips what exists): delete the confirmed VMs, wait
 * until every conflicting object is gone, then create the NonAdminRestore. Rejects with the
 * server's error, or with `stillThere`, having created nothing.
 */
export const sendNonAdminRestore = async (
  nar: NonAdminRestore,
  { deleteFirst, stillThere, pollMs = 1000, polls = 180 }: SendOptions,
): Promise<NonAdminRestore> => {
  for (const vm of deleteFirst.filter((c) => c.kind === 'VirtualMachine'))
    await k8sDelete({
      model: VirtualMachineModel,
      resource: { metadata: { name: vm.name, namespace: vm.namespace } },
    }).catch((error: unknown) => {
      if (errorCode(error) !== 404) throw error;
    });
  let left = deleteFirst;
  for (let i = 0; left.length > 0; i++) {
    if (i >= polls) throw new Error(stillThere(left));
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const checks = await Promise.all(left.map(gone));
    left = left.filter((_, n) => !checks[n]);
  }
  return k8sCreate({ model: NonAdminRestoreModel, data: nar });
};
