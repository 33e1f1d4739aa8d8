import { DocumentTitle, HorizontalNav } from '@openshift-console/dynamic-plugin-sdk';
import type { NavPage } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { ResourceMissing } from '@shared/components/ResourceMissing';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { errorCode } from '@shared/k8s/errorMessage';
import { useMemo } from 'react';
import { BackupsManagedByAdmin } from '../list/BackupsEmptyStates';
import { ListReadiness } from '../readiness/ListReadiness';
import { BackupContentsTab } from './BackupContentsTab';
import { BackupDetailsContext } from './BackupDetailsContext';
import { BackupLogTab } from './BackupLogTab';
import { BackupOverviewTab } from './BackupOverviewTab';
import { BackupPageHeader } from './BackupPageHeader';
import { BackupProblemsTab } from './BackupProblemsTab';
import { BackupVMsTab } from './BackupVMsTab';
import { BackupYAMLTab } from './BackupYAMLTab';
import type { BackupDetailsData } from './useBackupDetails';

/** Loading, missing, failed, or the page with its tabs. */
export const BackupDetailsView = ({ data }: { data: BackupDetailsData }) => {
  const { t } = usePluginTranslation();
  const pages = useMemo<NavPage[]>(
    () => [
      { href: '', name: t('Overview'), component: BackupOverviewTab },
      { href: 'vms', name: t('VMs and disks'), component: BackupVMsTab },
      { href: 'problems', name: t('Errors and warnings'), component: BackupProblemsTab },
      { href: 'contents', name: t('Contents'), component: BackupContentsTab },
      { href: 'log', name: t('Log'), component: BackupLogTab },
      { href: 'yaml', name: t('YAML'), component: BackupYAMLTab },
    ],
    [t],
  );
  const { backup, status, error, loaded } = data;
  const title = <DocumentTitle>{t('{{name}} · Backup', { name: data.name })}</DocumentTitle>;
  if (backup && status) {
    return (
      <BackupDetailsContext.Provider value={{ ...data, backup, status }}>
        {title}
        <BackupPageHeader backup={backup} status={status} />
        <HorizontalNav resource={backup} pages={pages} />
      </BackupDetailsContext.Provider>
    );
  }
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  // A developer following a link: who manages backups, never the raw 403.
  if (errorCode(error) === 403)
    return (
      <PageSection>
        {title}
        <ListReadiness />
        <BackupsManagedByAdmin namespace={data.namespace} />
      </PageSection>
    );
  return (
    <ResourceMissing
      notFound={!error || errorCode(error) === 404}
      notFoundTitle={t('Backup not found')}
      notFoundBody={t(
        'The backup {{name}} does not exist in {{namespace}}; it may have been deleted.',
        { name: data.name, namespace: data.namespace },
      )}
      failedTitle={t('The backup could not be loaded')}
      error={error}
      documentTitle={title}
      data-test="backup-missing"
    />
  );
};
