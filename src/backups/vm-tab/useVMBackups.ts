import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupModel, DataUploadModel, ScheduleModel } from '../k8s/models';
import type { DataUpload, VeleroBackup, VeleroSchedule } from '../k8s/types';
import type { BackupRow } from '../list/backupRows';
import { backupRows } from '../list/backupRows';
import { schedulesCovering } from '../scope/schedulesCovering';
import { backupCoversVM } from '../scope/vmInBackup';

export type VMBackupsData = {
  namespace: string;
  /** Backups that hold this VM, newest first. */
  rows: BackupRow[];
  schedules: VeleroSchedule[];
  loaded: boolean;
  error?: Error;
  forbidden: boolean;
};

const started = (row: BackupRow) =>
  Date.parse(row.started ?? row.backup.metadata?.creationTimestamp ?? '') || 0;

/** The VM Backups tab's data: the Velero namespace's Backups, DataUploads and Schedules, matched to the VM. */
export const useVMBackups = (vm: V1VirtualMachine): VMBackupsData => {
  const installed = useFlag('VDP_VELERO');
  const velero = useVeleroNamespace();
  const ns = installed && velero.loaded ? velero.namespace : undefined;
  const backups = useWatchList<VeleroBackup>(BackupModel, ns);
  const uploads = useWatchList<DataUpload>(DataUploadModel, ns);
  const schedules = useWatchList<VeleroSchedule>(ScheduleModel, ns);
  const rows = useMemo(() => {
    const mine = backups.data.filter((b) => backupCoversVM(b, vm) !== false);
    return backupRows(mine, uploads.data, [], [vm]).sort((a, b) => started(b) - started(a));
  }, [backups.data, uploads.data, vm]);
  const covering = useMemo(() => schedulesCovering(schedules.data, vm), [schedules.data, vm]);
  const code = (backups.error as { code?: number } | undefined)?.code;
  return {
    namespace: velero.namespace,
    rows,
    schedules: covering,
    loaded: backups.loaded || !!backups.error,
    ...(backups.error && code !== 403 ? { error: backups.error } : {}),
    forbidden: code === 403,
  };
};
