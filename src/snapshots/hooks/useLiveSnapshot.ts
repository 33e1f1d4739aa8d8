import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

export type LiveSnapshot = {
  /** The snapshot was deleted while the dialog was open. */
  deleted: boolean;
  /** The snapshot could not be watched: what the dialog shows may be out of date. */
  error?: Error;
};

/** Watches the snapshot a dialog acts on (shared with the details page's own watch). */
export const useLiveSnapshot = (snapshot: V1beta1VirtualMachineSnapshot): LiveSnapshot => {
  const { deleted, error } = useWatchObject<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    snapshot.metadata?.name,
    snapshot.metadata?.namespace,
  );
  return { deleted, error: deleted ? undefined : error };
};
