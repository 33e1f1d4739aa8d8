import { BackupsManagedByAdmin } from '@backups/list/BackupsEmptyStates';
import { Alert, EmptyState, Title } from '@patternfly/react-core';
import { DataTable } from '@shared/components/DataTable/DataTable';
import { URL_PREFIX } from '@shared/components/DataTable/useTableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { coverageCounts } from '../rules/coverageRows';
import type { WizardEntries } from '../table/CoverageRowActions';
import { NAMESPACE_FILTER, useCoverageFilters } from '../table/useCoverageFilters';
import { useCoverageColumns } from '../table/useCoverageColumns';
import type { CoverageData } from '../useCoverage';
import { CoverageCards } from './CoverageCards';
import { RecentFailures } from './RecentFailures';
import { StaleThresholdSelect } from './StaleThresholdSelect';

type Props = {
  data: CoverageData;
  now: number;
  staleHours: number;
  onStaleHours: (hours: number) => void;
  entries: WizardEntries;
};

/** The overview's body: counts, the coverage table and recent failures (presentational). */
export const Overview = ({ data, now, staleHours, onStaleHours, entries }: Props) => {
  const { t } = usePluginTranslation();
  const [params] = useSearchParams();
  const columns = useCoverageColumns({ now, veleroNamespace: data.veleroNamespace, entries });
  const filters = useCoverageFilters(data.rows);
  // The counts follow the namespace filter, not the state filter (they are its choices).
  const namespaces = params.getAll(URL_PREFIX + NAMESPACE_FILTER).join('\n');
  const counts = useMemo(() => {
    const picked = namespaces ? namespaces.split('\n') : [];
    return coverageCounts(
      picked.length ? data.rows.filter((r) => picked.includes(r.vm.namespace)) : data.rows,
    );
  }, [data.rows, namespaces]);
  return (
    <>
      {data.loaded && !data.error && (
        <CoverageCards
          counts={counts}
          failures={data.failures.length}
          backupsKnown={data.backupsKnown}
        />
      )}
      {data.loaded && !data.backupsKnown && (
        <Alert
          variant="info"
          isInline
          title={t('Backups could not be read: the backup columns say "Unknown"')}
          className="pf-v6-u-mb-md"
          data-test="backups-unknown"
        >
          <BackupsManagedByAdmin namespace={data.veleroNamespace} />
        </Alert>
      )}
      {data.snapshotsError && (
        <Alert
          variant="warning"
          isInline
          title={t('Snapshots could not be read')}
          className="pf-v6-u-mb-md"
        >
          {data.snapshotsError.message}
        </Alert>
      )}
      <Title headingLevel="h2" className="pf-v6-u-mb-sm">
        {t('Coverage')}
      </Title>
      <DataTable
        ariaLabel={t('Coverage')}
        rows={data.rows}
        rowKey={(row) => row.key}
        columns={columns}
        getName={(row) => row.vm.name}
        loaded={data.loaded}
        error={data.error}
        errorTitle={t('Virtual machines could not be loaded')}
        filters={filters}
        defaultSort={{ sortBy: 'state', direction: 'asc' }}
        emptyState={
          <EmptyState variant="sm" titleText={t('No virtual machines')} headingLevel="h3" />
        }
        toolbarActions={<StaleThresholdSelect hours={staleHours} onChange={onStaleHours} />}
      />
      <RecentFailures failures={data.failures} backupsKnown={data.backupsKnown} />
    </>
  );
};
