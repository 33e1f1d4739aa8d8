import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine, V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

export type SourceVM = {
  /** The live VM named in spec.source; null when it does not exist, undefined while unknown. */
  vm: V1VirtualMachine | null | undefined;
  /** Reading the VM failed for another reason than "not found" (a VM shown may be stale). */
  error?: Error;
};

/** The VM a snapshot was taken from, as it exists now. */
export const useSourceVM = (snapshot: V1beta1VirtualMachineSnapshot | undefined): SourceVM => {
  const { data, loaded, error, deleted } = useWatchObject<V1VirtualMachine>(
    VirtualMachineModel,
    snapshot?.spec?.source?.name,
    snapshot?.metadata?.namespace,
  );
  if (deleted) {
    return { vm: null };
  }
  if (data) {
    return error ? { vm: data, error } : { vm: data };
  }
  if (error) {
    return { vm: undefined, error };
  }
  return { vm: loaded ? null : undefined };
};
