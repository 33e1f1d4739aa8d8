import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

export type LiveSnapshot = {
  /**
   * The snapshot as it is now: a dialog re-checks its gates against the live object (it may stop
   * being ready, or start deleting, while the dialog is open), falling back on the object it was
   * opened with until the watch answers.
   */
  snapshot: V1beta1VirtualMachineSnapshot;
  /** The snapshot was deleted while the dialog was open. */
  deleted: boolean;
  /** The snapshot could not be watched: what the dialog shows may be out of date. */
  error?: Error;
};

/** Watches the snapshot a dialog acts on (shared with the details page's own watch). */
export const useLiveSnapshot = (opened: V1beta1VirtualMachineSnapshot): LiveSnapshot => {
  const { data, deleted, error } = useWatchObject<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    opened.metadata?.name,
    opened.metadata?.namespace,
  );
  return { snapshot: data ?? opened, deleted, ...(error && !deleted ? { error } : {}) };
};
