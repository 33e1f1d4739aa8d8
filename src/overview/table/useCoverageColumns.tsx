import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BackupModel } from '@backups/k8s/models';
import type { Column } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import {
  VirtualMachineModel,
  VirtualMachineSnapshotModel,
  toGroupVersionKind,
} from '@shared/k8s/models';
import { useMemo } from 'react';
import type { CoverageRow } from '../rules/coverageRows';
import { COVERAGE_STATES } from '../rules/coverageRows';
import { CoverageRowActions } from './CoverageRowActions';
import type { WizardEntries } from './CoverageRowActions';
import { CoverageStateLabel } from './CoverageStateLabel';
import { RestorePointCell } from './RestorePointCell';
import { SchedulesCell } from './SchedulesCell';

const vmGVK = toGroupVersionKind(VirtualMachineModel);
const snapshotGVK = toGroupVersionKind(VirtualMachineSnapshotModel);
const backupGVK = toGroupVersionKind(BackupModel);

/** Sorts by state in the rules' order, then oldest restore point first (as `compareCoverage`). */
const stateOrder = (row: CoverageRow) =>
  COVERAGE_STATES.indexOf(row.state) * 1e13 + (row.lastGood?.at ?? 0);

export type CoverageColumnsInput = {
  now: number;
  veleroNamespace: string;
  entries: WizardEntries;
};

/** Columns of the coverage table (issue 14 part 1). */
export const useCoverageColumns = ({
  now,
  veleroNamespace,
  entries,
}: CoverageColumnsInput): Column<CoverageRow>[] => {
  const { t } = usePluginTranslation();
  return useMemo(() => {
    const labels = { backup: t('Back up'), schedule: t('Create schedule') };
    return [
      {
        id: 'name',
        title: t('Virtual machine'),
        cell: (row) => (
          <ResourceLink groupVersionKind={vmGVK} name={row.vm.name} namespace={row.vm.namespace} />
        ),
        sortValue: (row) => row.vm.name,
        width: 15,
      },
      {
        id: 'namespace',
        title: t('Namespace'),
        cell: (row) => row.vm.namespace,
        sortValue: (row) => row.vm.namespace,
        width: 10,
      },
      {
        id: 'state',
        title: t('State'),
        cell: (row) => <CoverageStateLabel state={row.state} />,
        sortValue: stateOrder,
        width: 10,
      },
      {
        id: 'snapshot',
        title: t('Last good snapshot'),
        cell: (row) => (
          <RestorePointCell
            point={row.snapshot}
            gvk={snapshotGVK}
            namespace={row.vm.namespace}
            now={now}
          />
        ),
        sortValue: (row) => row.snapshot?.at,
        width: 15,
      },
      {
        id: 'backup',
        title: t('Last good backup'),
        cell: (row) => (
          <>
            <RestorePointCell
              point={row.backup}
              gvk={backupGVK}
              namespace={veleroNamespace}
              now={now}
              known={row.backupsKnown}
            />
            {row.partialBackup && (
              <div className="pf-v6-u-color-200" data-test="partial-backup">
                {t('Newer, partially failed: {{name}}', { name: row.partialBackup.name })}
              </div>
            )}
          </>
        ),
        sortValue: (row) => row.backup?.at,
        width: 15,
      },
      {
        id: 'schedules',
        title: t('Schedules'),
        cell: (row) => <SchedulesCell row={row} namespace={veleroNamespace} />,
        sortValue: (row) => row.nextRun?.getTime(),
        width: 15,
      },
      {
        id: 'actions',
        title: '',
        screenReaderText: t('Actions'),
        cell: (row) => <CoverageRowActions vm={row.vm} entries={entries} labels={labels} />,
        width: 20,
      },
    ];
  }, [t, now, veleroNamespace, entries]);
};
