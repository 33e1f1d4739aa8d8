import type { SelectFilter } from '@shared/components/DataTable/tableQuery';
import type { BackupState } from '../status/backupStatus';
import { BACKUP_STATES } from '../status/backupStatus';
import type { BackupRow } from './backupRows';

/** Filters kept in the URL (`vdp-`-prefixed by the shared table), as DESIGN §6 lists them. */
export type BackupFilterText = {
  status: { label: string; ariaLabel: string; stateLabels: Record<BackupState, string> };
  vm: { label: string; ariaLabel: string };
  schedule: { label: string; ariaLabel: string; none: string };
  location: { label: string; ariaLabel: string };
};

/** The schedule filter's "No schedule" value: `~` is in no Kubernetes name, so no schedule has it. */
export const NO_SCHEDULE = '~none';

/** The key a VM is filtered by: VM names repeat across namespaces. */
export const vmFilterValue = (vm: { namespace: string; name: string }) =>
  `${vm.namespace}/${vm.name}`;

/** One option per distinct value the rows have, sorted; value and label are the same. */
const optionsOf = (values: (string | undefined)[]) =>
  [...new Set(values.filter((v): v is string => !!v))]
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .map((value) => ({ value, label: value }));

export const backupFilters = (
  rows: BackupRow[],
  text: BackupFilterText,
): SelectFilter<BackupRow>[] => [
  {
    param: 'status',
    label: text.status.label,
    ariaLabel: text.status.ariaLabel,
    options: BACKUP_STATES.map((state) => ({
      value: state,
      label: text.status.stateLabels[state],
    })),
    value: (row) => row.status.state,
  },
  {
    param: 'vm',
    ...text.vm,
    options: optionsOf(rows.flatMap((row) => row.vms.map(vmFilterValue))),
    value: (row) => row.vms.map(vmFilterValue),
  },
  {
    param: 'schedule',
    label: text.schedule.label,
    ariaLabel: text.schedule.ariaLabel,
    options: [
      { value: NO_SCHEDULE, label: text.schedule.none },
      ...optionsOf(rows.map((row) => row.schedule)),
    ],
    value: (row) => row.schedule ?? NO_SCHEDULE,
  },
  {
    param: 'location',
    ...text.location,
    options: optionsOf(rows.map((row) => row.location)),
    value: (row) => row.location ?? '',
  },
];
