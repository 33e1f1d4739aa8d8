import { PageSection } from '@patternfly/react-core';
import { DataTable } from '@shared/components/DataTable/DataTable';
import { useNow } from '@shared/hooks/useNow';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { backupRows } from '../../list/backupRows';
import { useBackupColumns } from '../../list/useBackupColumns';
import { useScheduleDetailsContext } from './ScheduleDetailsContext';

// Upload progress needs a DataUpload watch and the schedule column says what the page does.
const LEFT_OUT = ['progress', 'schedule'];

/** The schedule's backups, with the Backups list's columns and actions. */
export const ScheduleBackupsTab = () => {
  const { t } = usePluginTranslation();
  const { backups, vms, row } = useScheduleDetailsContext();
  const now = useNow(5000);
  const all = useBackupColumns(now);
  const columns = useMemo(() => all.filter((c) => !LEFT_OUT.includes(c.id)), [all]);
  const rows = useMemo(() => backupRows(backups, [], [], vms), [backups, vms]);
  return (
    <PageSection>
      <DataTable
        ariaLabel={t('Backups of {{name}}', { name: row.name })}
        rows={rows}
        rowKey={(r) => r.backup.metadata?.uid ?? r.name}
        columns={columns}
        getName={(r) => r.name}
        loaded
        errorTitle={t('Backups could not be loaded')}
        defaultSort={{ sortBy: 'started', direction: 'desc' }}
        emptyState={
          <div data-test="schedule-no-backups">
            {t(
              'No backups of this schedule yet. The first is made at its next run, or with Run now.',
            )}
          </div>
        }
      />
    </PageSection>
  );
};
