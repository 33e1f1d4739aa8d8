import { DataTable } from '@shared/components/DataTable/DataTable';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupsListData } from '../hooks/useBackupsList';
import { BackupsManagedByAdmin, NoBackupsYet, OADPNotInstalled } from './BackupsEmptyStates';
import { useBackupColumns } from './useBackupColumns';
import { useBackupFilters } from './useBackupFilters';

type Props = BackupsListData & { now: number };

/** The Backups list body: presentational, all data comes from useBackupsList. */
export const BackupsList = ({ rows, loaded, error, access, namespace, now }: Props) => {
  const { t } = usePluginTranslation();
  const columns = useBackupColumns(now);
  const filters = useBackupFilters(rows);
  if (access === 'not-installed') return <OADPNotInstalled />;
  if (access === 'forbidden') return <BackupsManagedByAdmin namespace={namespace} />;
  return (
    <DataTable
      ariaLabel={t('Backups')}
      rows={rows}
      rowKey={(row) => row.backup.metadata?.uid ?? row.name}
      columns={columns}
      getName={(row) => row.name}
      loaded={loaded}
      error={error}
      errorTitle={t('Backups could not be loaded')}
      filters={filters}
      defaultSort={{ sortBy: 'started', direction: 'desc' }}
      emptyState={<NoBackupsYet />}
    />
  );
};
