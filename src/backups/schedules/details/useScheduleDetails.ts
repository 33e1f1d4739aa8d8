import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useNow } from '@shared/hooks/useNow';
import { useWatchList, useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import { useMemo } from 'react';
import { BackupModel, ScheduleModel } from '../../k8s/models';
import type { VeleroBackup, VeleroSchedule } from '../../k8s/types';
import { SCHEDULE_NAME_LABEL } from '../run-now/buildBackupFromSchedule';
import type { ScheduleRow } from '../scheduleRows';
import { scheduleRow } from '../scheduleRows';

export type ScheduleDetailsData = {
  name: string;
  namespace: string;
  row: ScheduleRow | undefined;
  /** The schedule's backups: one watch by the `velero.io/schedule-name` label. */
  backups: VeleroBackup[];
  vms: K8sResourceCommon[];
  loaded: boolean;
  error?: Error;
};

/** The one data hook of the Schedule details page. */
export const useScheduleDetails = (name: string, namespace: string): ScheduleDetailsData => {
  const now = useNow(30_000);
  const schedule = useWatchObject<VeleroSchedule>(ScheduleModel, name, namespace);
  const selector = useMemo(() => ({ matchLabels: { [SCHEDULE_NAME_LABEL]: name } }), [name]);
  const backups = useWatchList<VeleroBackup>(BackupModel, namespace, selector);
  const vms = useWatchList<K8sResourceCommon>(VirtualMachineModel, '');
  const visibleVMs = useMemo(() => (vms.error ? [] : vms.data), [vms.error, vms.data]);
  const row = useMemo(
    () =>
      schedule.data
        ? scheduleRow(schedule.data, backups.data, visibleVMs, new Date(now))
        : undefined,
    [schedule.data, backups.data, visibleVMs, now],
  );
  return {
    name,
    namespace,
    row,
    backups: backups.data,
    vms: visibleVMs,
    loaded: schedule.loaded || !!schedule.error,
    ...(schedule.error ? { error: schedule.error } : {}),
  };
};
