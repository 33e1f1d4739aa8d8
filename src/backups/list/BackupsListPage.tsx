import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useBackupsList } from '../hooks/useBackupsList';
import { BackupsList } from './BackupsList';
import { NonAdminBackupsList } from '../non-admin/NonAdminBackupsList';
import { useActiveBackupMode } from '../non-admin/useActiveBackupMode';
import { useNamespaceNonAdminBackups } from '../non-admin/useNamespaceNonAdminBackups';
import { ListReadiness } from '../readiness/ListReadiness';
import { BackupWizardButton } from '../wizard/BackupWizardButton';

/** `console.page/resource/list` for velero.io Backups: one data hook per mode, one view. */
export const BackupsListPage = () => {
  const { t } = usePluginTranslation();
  const data = useBackupsList();
  const now = useNow(5000);
  // A namespace user sees their NonAdminBackups of the active project instead (issue 14).
  const mode = useActiveBackupMode();
  const selfService = mode.kind === 'non-admin' ? mode.namespace : undefined;
  const nonAdmin = useNamespaceNonAdminBackups(selfService);
  return (
    <>
      <DocumentTitle>{t('Backups')}</DocumentTitle>
      <ListPageHeader title={t('Backups')}>
        <BackupWizardButton label={t('Create backup')} dataTest="create-backup" />
      </ListPageHeader>
      <PageSection>
        <ListReadiness />
        {selfService ? (
          <NonAdminBackupsList namespace={selfService} {...nonAdmin} />
        ) : (
          <BackupsList {...data} now={now} />
        )}
      </PageSection>
    </>
  );
};

export default BackupsListPage;
