import type { VeleroBackup, VeleroSchedule } from '@backups/k8s/types';
import { useVeleroNamespace } from '@backups/hooks/useVeleroNamespace';
import { BackupModel, RestoreModel, ScheduleModel } from '@backups/k8s/models';
import type { VeleroRestore } from '@backups/restores/build/restoreTypes';
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';

/**
 * Where the overview's backups come from. Undefined lists mean "could not be read" (no Velero,
 * or no access to its namespace): the coverage then says "unknown" for backups, never "none".
 * Velero's namespace is one source; a namespace user's NonAdminBackups can be another, fed to
 * `useCoverage` in the same shape.
 */
export type BackupSource = {
  backups: VeleroBackup[] | undefined;
  schedules: VeleroSchedule[] | undefined;
  restores: VeleroRestore[] | undefined;
  loaded: boolean;
  /** Where they were read, for "ask the administrator of ..." texts. */
  namespace: string;
};

const readable = <T>(
  installed: boolean | undefined,
  watch: { data: T[]; loaded: boolean; error: Error | undefined },
): T[] | undefined => (installed && watch.loaded && !watch.error ? watch.data : undefined);

/** One watch each of Backups, Schedules and Restores in the Velero namespace. */
export const useVeleroBackupSource = (): BackupSource => {
  const installed = useFlag('VDP_VELERO') as boolean | undefined;
  const velero = useVeleroNamespace();
  const ns = installed && velero.loaded ? velero.namespace : undefined;
  const backups = useWatchList<VeleroBackup>(BackupModel, ns);
  const schedules = useWatchList<VeleroSchedule>(ScheduleModel, ns);
  const restores = useWatchList<VeleroRestore>(RestoreModel, ns);
  const backupList = readable(installed, backups);
  const scheduleList = readable(installed, schedules);
  const restoreList = readable(installed, restores);
  const loaded = installed === false || backups.loaded || !!backups.error;
  return useMemo(
    () => ({
      backups: backupList,
      schedules: scheduleList,
      restores: restoreList,
      loaded,
      namespace: velero.namespace,
    }),
    [backupList, scheduleList, restoreList, loaded, velero.namespace],
  );
};
