import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type {
  V1VirtualMachine,
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineSnapshot,
} from '@shared/k8s/types';
import { useMemo } from 'react';
import { incompleteRestores, isRestoreFailed, lastRestoreTimes } from '../status/lastRestored';
import { getSnapshotStatus, snapshotCreated } from '../status/snapshotStatus';
import type { SnapshotStatusInfo } from '../status/snapshotStatus';
import { useNamespaceRestores } from './useSnapshotRestores';

export type SnapshotRow = {
  snapshot: V1beta1VirtualMachineSnapshot;
  name: string;
  status: SnapshotStatusInfo;
  created?: string;
  /** Taken from an earlier VM that had this name (status.sourceUID differs). */
  fromEarlierVM: boolean;
  lastRestored?: string;
  /** A restore from this snapshot into this VM has not completed yet. */
  restoring: boolean;
};

export type VMSnapshotsData = {
  rows: SnapshotRow[];
  restores: V1beta1VirtualMachineRestore[];
  loaded: boolean;
  error?: Error;
  /** Restores could not be listed: "Last restored" is unknown, snapshots still show. */
  restoresError?: Error;
};

export const isSnapshotOfVM = (snapshot: V1beta1VirtualMachineSnapshot, vmName: string) =>
  snapshot.spec?.source?.kind === 'VirtualMachine' && snapshot.spec.source.name === vmName;

/** Snapshots of one VM joined with the restores that used them. */
export const buildSnapshotRows = (
  vm: V1VirtualMachine,
  snapshots: V1beta1VirtualMachineSnapshot[],
  restores: V1beta1VirtualMachineRestore[],
): SnapshotRow[] => {
  const vmName = vm.metadata?.name ?? '';
  const restoredAt = lastRestoreTimes(restores, vmName);
  const running = new Set(
    incompleteRestores(restores, vmName)
      .filter((r) => !isRestoreFailed(r))
      .map((r) => r.spec?.virtualMachineSnapshotName),
  );
  return snapshots
    .filter((s) => isSnapshotOfVM(s, vmName))
    .map((snapshot) => {
      const name = snapshot.metadata?.name ?? '';
      const sourceUID = snapshot.status?.sourceUID;
      return {
        snapshot,
        name,
        status: getSnapshotStatus(snapshot),
        created: snapshotCreated(snapshot),
        fromEarlierVM: !!sourceUID && sourceUID !== vm.metadata?.uid,
        lastRestored: restoredAt.get(name),
        restoring: running.has(name),
      };
    });
};

/** Data for the Snapshots tab: two namespace watches (snapshots, restores), no per-row requests. */
export const useVMSnapshots = (vm: V1VirtualMachine): VMSnapshotsData => {
  const namespace = vm.metadata?.namespace;
  const snapshots = useWatchList<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    namespace,
  );
  const restores = useNamespaceRestores(namespace);
  const rows = useMemo(
    () => buildSnapshotRows(vm, snapshots.data, restores.error ? [] : restores.data),
    [vm, snapshots.data, restores.data, restores.error],
  );
  return {
    rows,
    restores: restores.data,
    loaded: snapshots.loaded || !!snapshots.error,
    error: snapshots.error,
    restoresError: restores.error,
  };
};
