import { useWatchObject } from '@shared/hooks/useWatch';
import type { WatchResult } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotContentModel } from '@shared/k8s/models';
import type {
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';

/**
 * The content of one snapshot, watched by name. Each content holds a whole VM spec, so only the
 * places that need one read it (details page, the modals); the Snapshots tab never does — its
 * rows use the snapshot's status (issue 10 part 1). An undefined snapshot reads nothing.
 */
export const useSnapshotContent = (
  snapshot: V1beta1VirtualMachineSnapshot | undefined,
): WatchResult<V1beta1VirtualMachineSnapshotContent | undefined> => {
  const name = snapshot?.status?.virtualMachineSnapshotContentName;
  const content = useWatchObject<V1beta1VirtualMachineSnapshotContent>(
    VirtualMachineSnapshotContentModel,
    name,
    snapshot?.metadata?.namespace,
  );
  // No content name yet (snapshot in progress): nothing to wait for.
  return name ? content : { data: undefined, loaded: !!snapshot, error: undefined };
};
