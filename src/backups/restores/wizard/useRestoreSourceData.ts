import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { backupFileURL } from '../../backend/backupFiles';
import type { ResourceList } from '../../details/resourceList';
import { useBackendJSON } from '../../hooks/useBackendFile';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { BackupModel } from '../../k8s/models';
import type { BackupResults, VeleroBackup } from '../../k8s/types';
import type { VMInBackup } from './backupVMs';
import { vmsOfBackup } from './backupVMs';
import { latestOfSchedule, restorableBackups } from './restoreSources';

/**
 * What the wizard reads about its source: the Velero namespace's Backups (one watch), the
 * chosen backup (or the schedule's latest Completed one), its resource list and results
 * through the backend, and the VMs now in the cluster (labels, disks, running or not).
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
  const list = useBackendJSON<ResourceList>(
    name ? backupFileURL(velero.namespace, name, 'resource-list') : undefined,
  );
  const partial = backup?.status?.phase === 'PartiallyFailed';
  const results = useBackendJSON<BackupResults>(
    name && partial ? backupFileURL(velero.namespace, name, 'results') : undefined,
  );
  const vms: VMInBackup[] = useMemo(
    () => (list.data ? vmsOfBackup(list.data, liveVMs.data) : []),
    [list.data, liveVMs.data],
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
