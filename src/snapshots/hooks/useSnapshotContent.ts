import { useWatchList } from '@shared/hooks/useWatch';
import type { WatchResult } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotContentModel } from '@shared/k8s/models';
import type {
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';
import { useMemo } from 'react';

/**
 * The content of one snapshot. One namespace watch serves every row of the Snapshots tab
 * (a per-snapshot watch would open one connection per row).
 */
export const useSnapshotContent = (
  snapshot: V1beta1VirtualMachineSnapshot | undefined,
): WatchResult<V1beta1VirtualMachineSnapshotContent | undefined> => {
  const contents = useWatchList<V1beta1VirtualMachineSnapshotContent>(
    VirtualMachineSnapshotContentModel,
    snapshot?.metadata?.namespace,
  );
  const name = snapshot?.status?.virtualMachineSnapshotContentName;
  const data = useMemo(
    () => (name ? contents.data.find((c) => c.metadata?.name === name) : undefined),
    [contents.data, name],
  );
  return { data, loaded: contents.loaded, error: contents.error };
};
