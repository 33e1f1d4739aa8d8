import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import { isForbidden } from '@shared/k8s/errorMessage';
import { VirtualMachineModel } from '@shared/k8s/models';
import { useMemo } from 'react';
import type { BackupsAccess } from '../hooks/useBackupsList';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupModel, ScheduleModel } from '../k8s/models';
import type { VeleroBackup, VeleroSchedule } from '../k8s/types';
import type { ScheduleRow } from './scheduleRows';
import { scheduleRows } from './scheduleRows';

export type SchedulesListData = {
  namespace: string;
  rows: ScheduleRow[];
  loaded: boolean;
  error: Error | undefined;
  access: BackupsAccess;
};

/**
 * Everything the Schedules list shows: one watch of Schedules and one of Backups in the Velero
 * namespace (never one per row), and the VMs the user can list, to name the VMs of schedules
 * without product labels. `now` moves the next runs along.
 */
export const useSchedulesList = (now: number): SchedulesListData => {
  const flag = useFlag('VDP_VELERO') as boolean | undefined;
  const installed = flag === true;
  const velero = useVeleroNamespace();
  const ns = installed && velero.loaded ? velero.namespace : undefined;
  const schedules = useWatchList<VeleroSchedule>(ScheduleModel, ns);
  const backups = useWatchList<VeleroBackup>(BackupModel, ns);
  const vms = useWatchList<K8sResourceCommon>(VirtualMachineModel, installed ? '' : undefined);
  const rows = useMemo(
    () => scheduleRows(schedules.data, backups.data, vms.error ? [] : vms.data, new Date(now)),
    [schedules.data, backups.data, vms.data, vms.error, now],
  );
  const access: BackupsAccess = !installed
    ? 'not-installed'
    : isForbidden(schedules.error)
      ? 'forbidden'
      : 'ok';
  return {
    namespace: velero.namespace,
    rows,
    loaded: flag === false || schedules.loaded || !!schedules.error,
    error: access === 'ok' ? schedules.error : undefined,
    access,
  };
};
