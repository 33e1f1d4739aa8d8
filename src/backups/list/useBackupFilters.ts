import type { SelectFilter } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import type { BackupState } from '../status/backupStatus';
import { useBackupStatusText } from '../status/useBackupStatusText';
import { backupFilters } from './backupFilters';
import type { BackupFilterText } from './backupFilters';
import type { BackupRow } from './backupRows';

/** The list's status, VM, schedule and location filters, their options from the rows. */
export const useBackupFilters = (rows: BackupRow[]): SelectFilter<BackupRow>[] => {
  const { t } = usePluginTranslation();
  const statusText = useBackupStatusText();
  const text = useMemo<BackupFilterText>(
    () => ({
      status: {
        label: t('Status'),
        ariaLabel: t('Filter by status'),
        stateLabels: Object.fromEntries(
          Object.entries(statusText).map(([state, { label }]) => [state, label]),
        ) as Record<BackupState, string>,
      },
      vm: { label: t('Virtual machine'), ariaLabel: t('Filter by virtual machine') },
      schedule: {
        label: t('Schedule'),
        ariaLabel: t('Filter by schedule'),
        none: t('No schedule'),
      },
      location: { label: t('Storage location'), ariaLabel: t('Filter by storage location') },
    }),
    [t, statusText],
  );
  return useMemo(() => backupFilters(rows, text), [rows, text]);
};
