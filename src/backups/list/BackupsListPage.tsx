import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useBackupsList } from '../hooks/useBackupsList';
import { BackupsList } from './BackupsList';
import { ListReadiness } from '../readiness/ListReadiness';
import { BackupWizardButton } from '../wizard/BackupWizardButton';

/** `console.page/resource/list` for velero.io Backups: one data hook, one view. */
export const BackupsListPage = () => {
  const { t } = usePluginTranslation();
  const data = useBackupsList();
  const now = useNow(5000);
  return (
    <>
      <DocumentTitle>{t('Backups')}</DocumentTitle>
      <ListPageHeader title={t('Backups')}>
        <BackupWizardButton label={t('Create backup')} dataTest="create-backup" />
      </ListPageHeader>
      <PageSection>
        <ListReadiness />
        <BackupsList {...data} now={now} />
      </PageSection>
    </>
  );
};

export default BackupsListPage;
