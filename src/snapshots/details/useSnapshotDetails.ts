import { useWatchList, useWatchObject } from '@shared/hooks/useWatch';
import type { WatchResult } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotModel, VolumeSnapshotModel } from '@shared/k8s/models';
import type {
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';
import { useMemo } from 'react';
import { useSnapshotContent } from '../hooks/useSnapshotContent';
import { useNamespaceRestores } from '../hooks/useSnapshotRestores';
import { useSourceVM } from '../hooks/useSourceVM';
import type { SourceVM } from '../hooks/useSourceVM';
import { restoresOfSnapshot } from '../status/restoreState';
import type { VolumeSnapshot } from './volumeRows';

export type SnapshotDetailsData = {
  name: string;
  namespace: string;
  snapshot: V1beta1VirtualMachineSnapshot | undefined;
  loaded: boolean;
  /** The watch failed; a snapshot already shown is kept and may be out of date. */
  error?: Error;
  /** The snapshot was deleted (404, or the final state of a DELETED event). */
  deleted: boolean;
  source: SourceVM;
  content: WatchResult<V1beta1VirtualMachineSnapshotContent | undefined>;
  /** Restores that used this snapshot, newest first. */
  restores: V1beta1VirtualMachineRestore[];
  /** All restores in the namespace (for "Last restored" of the source VM). */
  allRestores: V1beta1VirtualMachineRestore[];
  restoresError?: Error;
  volumeSnapshots: WatchResult<VolumeSnapshot[]>;
};

/** The one data hook of the snapshot details page. */
export const useSnapshotDetails = (name: string, namespace: string): SnapshotDetailsData => {
  const snapshot = useWatchObject<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    name,
    namespace,
  );
  const source = useSourceVM(snapshot.data);
  const content = useSnapshotContent(snapshot.data);
  const restores = useNamespaceRestores(namespace);
  const volumeSnapshots = useWatchList<VolumeSnapshot>(VolumeSnapshotModel, namespace);
  const ofSnapshot = useMemo(() => restoresOfSnapshot(restores.data, name), [restores.data, name]);
  return {
    name,
    namespace,
    snapshot: snapshot.data,
    loaded: snapshot.loaded || !!snapshot.error || snapshot.deleted,
    error: snapshot.error,
    deleted: snapshot.deleted,
    source,
    content,
    restores: ofSnapshot,
    allRestores: restores.data,
    restoresError: restores.error,
    volumeSnapshots,
  };
};
