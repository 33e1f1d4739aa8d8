import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useCallback, useMemo } from 'react';
import { backupFileURL } from '../../backend/backupFiles';
import type { BackendFile } from '../../hooks/useBackendFile';
import { useBackendJSON } from '../../hooks/useBackendFile';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { BackupModel } from '../../k8s/models';
import type { BackupResults, VeleroBackup } from '../../k8s/types';
import type { BackupSnapshot } from '../build/snapshotSelectors';
import type { VMInBackup } from './backupVMs';
import { vmsOfBackup } from './backupVMs';
import { useArchivedVMs } from './useArchivedVMs';
import { latestOfSchedule, restorableBackups } from './restoreSources';

/** The archived VMs, ready only with the snapshots beside them; either's error, one retry. */
const useBothFiles = <T, U>(main: BackendFile<T>, beside: BackendFile<U>): BackendFile<T> => {
  const { retry: retryMain } = main;
  const { retry: retryBeside } = beside;
  const retry = useCallback(() => {
    retryMain();
    retryBeside();
  }, [retryMain, retryBeside]);
  const error = main.error ?? beside.error;
  const ready = !error && !main.loading && !beside.loading;
  return {
    data: ready ? main.data : undefined,
    loading: !error && (main.loading || beside.loading),
    error,
    retry,
  };
};

/**
 * What the wizard reads about its source: the Velero namespace's Backups (one watch), the
 * chosen backup (or the schedule's latest Completed one), its archived VMs, CSI snapshots and
 * results through the backend, and the VMs now in the cluster (running or not, conflicts).
 */
export const useRestoreSourceData = (backupName: string | undefined, schedule?: string) => {
  const velero = useVeleroNamespace();
  const backups = useWatchList<VeleroBackup>(
    BackupModel,
    velero.loaded ? velero.namespace : undefined,
  );
  const liveVMs = useWatchList<V1VirtualMachine>(VirtualMachineModel, '');
  const restorable = useMemo(() => restorableBackups(backups.data), [backups.data]);
  const backup = schedule
    ? latestOfSchedule(backups.data, schedule)
    : restorable.find((b) => b.metadata?.name === backupName);
  const name = backup?.metadata?.name;
  const archived = useArchivedVMs(velero.namespace, name);
  // `null` when the backup took no CSI snapshot (or moved their data).
  const snapshots = useBackendJSON<BackupSnapshot[] | null>(
    name ? backupFileURL(velero.namespace, name, 'csi-volume-snapshots') : undefined,
  );
  const list = useBothFiles(archived, snapshots);
  const partial = backup?.status?.phase === 'PartiallyFailed';
  const results = useBackendJSON<BackupResults>(
    name && partial ? backupFileURL(velero.namespace, name, 'results') : undefined,
  );
  const vms: VMInBackup[] = useMemo(
    () => (list.data ? vmsOfBackup(list.data, liveVMs.data, snapshots.data ?? []) : []),
    [list.data, liveVMs.data, snapshots.data],
  );
  return {
    veleroNamespace: velero.namespace,
    loaded: backups.loaded || !!backups.error,
    backupsError: backups.error,
    restorable,
    backup,
    list,
    results,
    vms,
  };
};

export type RestoreSourceData = ReturnType<typeof useRestoreSourceData>;
