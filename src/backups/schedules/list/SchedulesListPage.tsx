import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { DataTable } from '@shared/components/DataTable/DataTable';
import { useNow } from '@shared/hooks/useNow';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { OADPNotInstalled } from '../../list/BackupsEmptyStates';
import { useSchedulesList } from '../useSchedulesList';
import { CreateScheduleButton } from './CreateScheduleButton';
import { NoSchedulesYet, SchedulesManagedByAdmin } from './SchedulesEmptyStates';
import { useScheduleColumns } from './useScheduleColumns';

/** `console.page/resource/list` for velero.io Schedules: one data hook, one table. */
export const SchedulesListPage = () => {
  const { t } = usePluginTranslation();
  const now = useNow(30_000);
  const { rows, loaded, error, access, namespace } = useSchedulesList(now);
  const columns = useScheduleColumns();
  let body;
  if (access === 'not-installed') body = <OADPNotInstalled />;
  else if (access === 'forbidden') body = <SchedulesManagedByAdmin namespace={namespace} />;
  else
    body = (
      <DataTable
        ariaLabel={t('Backup schedules')}
        rows={rows}
        rowKey={(row) => row.schedule.metadata?.uid ?? row.name}
        columns={columns}
        getName={(row) => row.name}
        loaded={loaded}
        error={error}
        errorTitle={t('Backup schedules could not be loaded')}
        defaultSort={{ sortBy: 'name', direction: 'asc' }}
        emptyState={<NoSchedulesYet />}
      />
    );
  return (
    <>
      <DocumentTitle>{t('Backup schedules')}</DocumentTitle>
      <ListPageHeader title={t('Backup schedules')}>
        {/* Also for a user who may not list them: disabled, with the reason. */}
        {access !== 'not-installed' && <CreateScheduleButton />}
      </ListPageHeader>
      <PageSection>{body}</PageSection>
    </>
  );
};

export default SchedulesListPage;
