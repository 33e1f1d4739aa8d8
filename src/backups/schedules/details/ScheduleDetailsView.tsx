import { DocumentTitle, HorizontalNav } from '@openshift-console/dynamic-plugin-sdk';
import type { NavPage } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { ResourceMissing } from '@shared/components/ResourceMissing';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { errorCode, isForbidden } from '@shared/k8s/errorMessage';
import { useMemo } from 'react';
import { SchedulesManagedByAdmin } from '../list/SchedulesEmptyStates';
import { ScheduleBackupsTab } from './ScheduleBackupsTab';
import { ScheduleDetailsContext } from './ScheduleDetailsContext';
import { ScheduleOverviewTab } from './ScheduleOverviewTab';
import { SchedulePageHeader } from './SchedulePageHeader';
import { ScheduleYAMLTab } from './ScheduleYAMLTab';
import type { ScheduleDetailsData } from './useScheduleDetails';

/** Loading, missing, failed, or the page with its tabs. */
export const ScheduleDetailsView = ({ data }: { data: ScheduleDetailsData }) => {
  const { t } = usePluginTranslation();
  const pages = useMemo<NavPage[]>(
    () => [
      { href: '', name: t('Overview'), component: ScheduleOverviewTab },
      { href: 'backups', name: t('Backups'), component: ScheduleBackupsTab },
      { href: 'yaml', name: t('YAML'), component: ScheduleYAMLTab },
    ],
    [t],
  );
  const { row, error, loaded } = data;
  const title = (
    <DocumentTitle>{t('{{name}} · Backup schedule', { name: data.name })}</DocumentTitle>
  );
  if (row) {
    return (
      <ScheduleDetailsContext.Provider value={{ ...data, row }}>
        {title}
        <SchedulePageHeader row={row} />
        <HorizontalNav resource={row.schedule} pages={pages} />
      </ScheduleDetailsContext.Provider>
    );
  }
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  // A namespace user following a link: who manages schedules, never the raw 403.
  if (isForbidden(error))
    return (
      <PageSection>
        {title}
        <SchedulesManagedByAdmin namespace={data.namespace} />
      </PageSection>
    );
  return (
    <ResourceMissing
      notFound={!error || errorCode(error) === 404}
      notFoundTitle={t('Schedule not found')}
      notFoundBody={t(
        'The schedule {{name}} does not exist in {{namespace}}; it may have been deleted.',
        { name: data.name, namespace: data.namespace },
      )}
      failedTitle={t('The schedule could not be loaded')}
      error={error}
      documentTitle={title}
      data-test="schedule-missing"
    />
  );
};
