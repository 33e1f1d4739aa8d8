import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
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
const time = (value?: string) => (value ? Date.parse(value) : undefined);

/**
 * Columns of the Backups list (DESIGN §6). Errors / warnings (the status says PartiallyFailed),
 * duration, expiry and storage location start hidden, so the default columns fit a 1280 px
 * window (measured in e2e); "Columns" shows them.
 */
export const useBackupColumns = (now: number): Column<BackupRow>[] => {
  const { t } = usePluginTranslation();
  return useMemo(
    () => [
      {
        id: 'name',
        title: t('Name'),
        cell: (row) => (
          <ResourceLink
            groupVersionKind={backupGVK}
            name={row.name}
            namespace={row.backup.metadata?.namespace}
          />
        ),
        sortValue: (row) => row.name,
        width: 20,
      },
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
      {
        id: 'started',
        defaultHidden: false,
        title: t('Started'),
        cell: (row) => (row.started ? <Timestamp timestamp={row.started} /> : '-'),
        sortValue: (row) => time(row.started) ?? time(row.backup.metadata?.creationTimestamp),
      },
      {
        id: 'duration',
        defaultHidden: true,
        title: t('Duration'),
        cell: (row) => formatDuration(backupDuration(row.backup, now)),
        sortValue: (row) => backupDuration(row.backup, now),
      },
      {
        id: 'expires',
        defaultHidden: true,
        title: t('Expires'),
        cell: (row) => (row.expires ? <Timestamp timestamp={row.expires} /> : '-'),
        sortValue: (row) => time(row.expires),
      },
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
          row.schedule ? (
            <ResourceLink
              groupVersionKind={scheduleGVK}
              name={row.schedule}
              namespace={row.backup.metadata?.namespace}
            />
          ) : (
            '-'
          ),
        sortValue: (row) => row.schedule,
      },
      {
        id: 'actions',
        title: '',
        screenReaderText: t('Actions'),
        cell: (row) => <BackupRowActions row={row} />,
      },
    ],
    [t, now],
  );
};
