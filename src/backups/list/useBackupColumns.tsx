import {
  actionsColumn,
  nameColumn,
  resourceLinkCell,
  timestampColumn,
  timeValue,
} from '@shared/components/DataTable/commonColumns';
import type { Column } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import { useMemo } from 'react';
import { BackupModel, ScheduleModel } from '../k8s/models';
import { BackupStatus } from '../status/BackupStatus';
import { backupDuration } from '../status/backupStatus';
import { BackupProgressCell } from './BackupProgressCell';
import type { BackupRow } from './backupRows';
import { BackupRowActions } from './BackupRowActions';
import { BackupVMsCell } from './BackupVMsCell';
import { formatDuration } from './formatDuration';

const backupGVK = toGroupVersionKind(BackupModel);
const scheduleGVK = toGroupVersionKind(ScheduleModel);

/**
 * Columns of the Backups list (DESIGN §6). Errors / warnings (the status says PartiallyFailed),
 * duration, expiry and storage location start hidden, so the default columns fit a 1280 px
 * window (measured in e2e); "Columns" shows them.
 */
export const useBackupColumns = (now: number): Column<BackupRow>[] => {
  const { t } = usePluginTranslation();
  return useMemo(
    () => [
      nameColumn<BackupRow>({
        title: t('Name'),
        groupVersionKind: backupGVK,
        name: (row) => row.name,
        namespace: (row) => row.backup.metadata?.namespace,
        width: 20,
      }),
      {
        id: 'vms',
        title: t('VMs'),
        cell: (row) => <BackupVMsCell row={row} />,
        width: 15,
        defaultHidden: false,
      },
      {
        id: 'status',
        title: t('Status'),
        cell: (row) => <BackupStatus status={row.status} short />,
        sortValue: (row) => row.status.state,
        width: 15,
      },
      {
        id: 'progress',
        defaultHidden: false,
        title: t('Progress'),
        cell: (row) => <BackupProgressCell progress={row.progress} done={row.status.terminal} />,
        width: 15,
      },
      {
        id: 'problems',
        defaultHidden: true,
        title: t('Errors / warnings'),
        cell: (row) =>
          t('{{errors}} / {{warnings}}', {
            errors: row.backup.status?.errors ?? 0,
            warnings: row.backup.status?.warnings ?? 0,
          }),
        sortValue: (row) =>
          (row.backup.status?.errors ?? 0) * 1e6 + (row.backup.status?.warnings ?? 0),
      },
      timestampColumn<BackupRow>(
        { id: 'started', defaultHidden: false, title: t('Started') },
        (row) => row.started,
        (row) => timeValue(row.started) ?? timeValue(row.backup.metadata?.creationTimestamp),
      ),
      {
        id: 'duration',
        defaultHidden: true,
        title: t('Duration'),
        cell: (row) => formatDuration(backupDuration(row.backup, now)),
        sortValue: (row) => backupDuration(row.backup, now),
      },
      timestampColumn<BackupRow>(
        { id: 'expires', defaultHidden: true, title: t('Expires') },
        (row) => row.expires,
      ),
      {
        id: 'location',
        defaultHidden: true,
        title: t('Storage location'),
        cell: (row) => row.location ?? '-',
        sortValue: (row) => row.location,
      },
      {
        id: 'schedule',
        defaultHidden: false,
        title: t('Schedule'),
        cell: (row) =>
          row.schedule
            ? resourceLinkCell(scheduleGVK, row.schedule, row.backup.metadata?.namespace)
            : '-',
        sortValue: (row) => row.schedule,
      },
      actionsColumn<BackupRow>(t('Actions'), (row) => <BackupRowActions row={row} />),
    ],
    [t, now],
  );
};
