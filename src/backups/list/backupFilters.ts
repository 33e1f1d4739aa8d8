import type { SelectFilter } from '@shared/components/DataTable/tableQuery';
import type { BackupState } from '../status/backupStatus';
import { BACKUP_STATES } from '../status/backupStatus';
import type { BackupRow } from './backupRows';

/** Phase filter, kept in the URL (`vdp-`-prefixed by the shared table). */
export const backupStatusFilter = (
  label: string,
  ariaLabel: string,
  stateLabels: Record<BackupState, string>,
): SelectFilter<BackupRow> => ({
  param: 'status',
  label,
  ariaLabel,
  options: BACKUP_STATES.map((state) => ({ value: state, label: stateLabels[state] })),
  value: (row) => row.status.state,
});
