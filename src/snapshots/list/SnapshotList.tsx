import { EmptyState, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import { CameraIcon } from '@patternfly/react-icons';
import { DataTable } from '@shared/components/DataTable/DataTable';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import type { VMSnapshotsData } from '../hooks/useVMSnapshots';
import { TakeSnapshotButton } from '../take/TakeSnapshotButton';
import { useSnapshotStateLabels } from '../status/useSnapshotStatusLabels';
import { snapshotStatusFilter } from './snapshotFilters';
import { useSnapshotColumns } from './useSnapshotColumns';

type SnapshotListProps = Omit<VMSnapshotsData, 'restores'> & { vm: V1VirtualMachine };

/** The Snapshots tab body: presentational, all data comes from useVMSnapshots. */
export const SnapshotList = ({ vm, rows, loaded, error, restoresError }: SnapshotListProps) => {
  const { t } = usePluginTranslation();
  const columns = useSnapshotColumns(restoresError);
  const stateLabels = useSnapshotStateLabels();
  const filters = useMemo(
    () => [snapshotStatusFilter(t('Status'), t('Filter by status'), stateLabels)],
    [t, stateLabels],
  );
  return (
    <DataTable
      ariaLabel={t('Snapshots of {{vm}}', { vm: vm.metadata?.name })}
      rows={rows}
      rowKey={(row) => row.snapshot.metadata?.uid ?? row.name}
      columns={columns}
      getName={(row) => row.name}
      loaded={loaded}
      error={error}
      errorTitle={t('Snapshots could not be loaded')}
      filters={filters}
      defaultSort={{ sortBy: 'created', direction: 'desc' }}
      toolbarActions={<TakeSnapshotButton vm={vm} />}
      emptyState={
        <EmptyState titleText={t('No snapshots found')} headingLevel="h4" icon={CameraIcon}>
          <EmptyStateBody>
            {t('A snapshot saves this VM’s configuration and disks so you can restore them later.')}
          </EmptyStateBody>
          <EmptyStateFooter>
            <TakeSnapshotButton vm={vm} variant="primary" />
          </EmptyStateFooter>
        </EmptyState>
      }
    />
  );
};
