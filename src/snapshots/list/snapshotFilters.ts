import type { SelectFilter } from '@shared/components/DataTable/tableQuery';
import type { SnapshotRow } from '../hooks/useVMSnapshots';
import type { SnapshotState } from '../status/snapshotStatus';

export const SNAPSHOT_STATES: SnapshotState[] = [
  'Ready',
  'NotReady',
  'InProgress',
  'Failed',
  'Deleting',
  'Unknown',
];

/** Status filter, kept in the URL as `?status=Failed&status=…`. */
export const snapshotStatusFilter = (
  label: string,
  ariaLabel: string,
  stateLabels: Record<SnapshotState, string>,
): SelectFilter<SnapshotRow> => ({
  param: 'status',
  label,
  ariaLabel,
  options: SNAPSHOT_STATES.map((state) => ({ value: state, label: stateLabels[state] })),
  value: (row) => row.status.state,
});
