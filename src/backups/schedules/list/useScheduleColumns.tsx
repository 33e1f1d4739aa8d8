import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  actionsColumn,
  nameColumn,
  resourceLinkCell,
  timeValue,
} from '@shared/components/DataTable/commonColumns';
import type { Column } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import { useMemo } from 'react';
import { useCronWords } from '../../cron/useCronText';
import { BackupModel, ScheduleModel } from '../../k8s/models';
import { BackupStatus } from '../../status/BackupStatus';
import { getBackupStatus } from '../../status/backupStatus';
import type { ScheduleRow } from '../scheduleRows';
import { ScheduleStatus } from '../status/ScheduleStatus';
import { ScheduleRowActions } from './ScheduleRowActions';
import { ScheduleVMsCell } from './ScheduleVMsCell';

const scheduleGVK = toGroupVersionKind(ScheduleModel);
const backupGVK = toGroupVersionKind(BackupModel);

/** Columns of the Schedules list (DESIGN §6 "Schedules"). */
export const useScheduleColumns = (): Column<ScheduleRow>[] => {
  const { t } = usePluginTranslation();
  const words = useCronWords();
  return useMemo(
    () => [
      nameColumn<ScheduleRow>({
        title: t('Name'),
        groupVersionKind: scheduleGVK,
        name: (row) => row.name,
        namespace: (row) => row.schedule.metadata?.namespace,
        width: 15,
      }),
      { id: 'vms', title: t('VMs'), cell: (row) => <ScheduleVMsCell row={row} />, width: 15 },
      {
        id: 'cron',
        title: t('Runs'),
        cell: (row) => (
          <div data-test="schedule-cron">
            <div>{words(row.cron) ?? t('Not a valid schedule')}</div>
            <code className="pf-v6-u-font-size-sm">{row.cron}</code>
          </div>
        ),
        sortValue: (row) => row.cron,
        width: 15,
      },
      {
        id: 'next',
        title: t('Next run'),
        cell: (row) =>
          row.nextRun ? (
            <span data-test="schedule-next-run">
              <Timestamp timestamp={row.nextRun.toISOString()} />
            </span>
          ) : (
            '-'
          ),
        sortValue: (row) => row.nextRun?.getTime(),
      },
      {
        id: 'last',
        title: t('Last backup'),
        cell: (row) =>
          row.lastBackup ? (
            <div data-test="schedule-last-backup">
              {resourceLinkCell(
                backupGVK,
                row.lastBackup.metadata?.name,
                row.lastBackup.metadata?.namespace,
              )}
              <BackupStatus status={getBackupStatus(row.lastBackup)} />
            </div>
          ) : row.lastBackupTime ? (
            <Timestamp timestamp={row.lastBackupTime} />
          ) : (
            t('None yet')
          ),
        sortValue: (row) => timeValue(row.lastBackupTime),
      },
      {
        id: 'status',
        title: t('Status'),
        cell: (row) => <ScheduleStatus state={row.state} validationErrors={row.validationErrors} />,
        sortValue: (row) => row.state,
      },
      {
        id: 'ttl',
        title: t('Keeps backups for'),
        cell: (row) => row.ttl ?? t('720h0m0s (Velero default)'),
        sortValue: (row) => row.ttl,
      },
      actionsColumn<ScheduleRow>(t('Actions'), (row) => <ScheduleRowActions row={row} />),
    ],
    [t, words],
  );
};
