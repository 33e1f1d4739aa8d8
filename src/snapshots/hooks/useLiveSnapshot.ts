import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

/**
 * The snapshot as it is now: a dialog opened from a row re-checks its gates against the live
 * object (it may stop being ready, or start deleting, while the dialog is open), falling back
 * on the object it was opened with until the watch answers.
 */
export const useLiveSnapshot = (
  snapshot: V1beta1VirtualMachineSnapshot,
): V1beta1VirtualMachineSnapshot => {
  const live = useWatchObject<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    snapshot.metadata?.name,
    snapshot.metadata?.namespace,
  );
  return live.data ?? snapshot;
};
