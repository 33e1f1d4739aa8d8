import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useActiveProject } from '@shared/hooks/useActiveProject';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useBackupsList } from '../hooks/useBackupsList';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { ByBackupMode } from '../non-admin/ByBackupMode';
import { NonAdminBackupsList } from '../non-admin/NonAdminBackupsList';
import { useNamespaceNonAdminBackups } from '../non-admin/useNamespaceNonAdminBackups';
import { ListReadiness } from '../readiness/ListReadiness';
import { BackupWizardButton } from '../wizard/BackupWizardButton';
import { BackupsManagedByAdmin } from './BackupsEmptyStates';
import { BackupsList } from './BackupsList';

const VeleroBackups = () => {
  const data = useBackupsList();
  const now = useNow(5000);
  return <BackupsList {...data} now={now} />;
};

const SelfServiceBackups = ({ namespace }: { namespace: string }) => (
  <NonAdminBackupsList namespace={namespace} {...useNamespaceNonAdminBackups(namespace)} />
);

/**
 * `console.page/resource/list` for velero.io Backups. By what the user may do, each with its own
 * data hook: the Velero namespace's Backups; a namespace user's NonAdminBackups of the active
 * project (issue 14); or who manages backups, without watching what would be refused.
 */
export const BackupsListPage = () => {
  const { t } = usePluginTranslation();
  const project = useActiveProject();
  const velero = useVeleroNamespace();
  return (
    <>
      <DocumentTitle>{t('Backups')}</DocumentTitle>
      <ListPageHeader title={t('Backups')}>
        <BackupWizardButton label={t('Create backup')} dataTest="create-backup" />
      </ListPageHeader>
      <PageSection>
        <ListReadiness />
        <ByBackupMode
          namespace={project}
          nonAdmin={<SelfServiceBackups namespace={project} />}
          managed={<BackupsManagedByAdmin namespace={velero.namespace} />}
        >
          <VeleroBackups />
        </ByBackupMode>
      </PageSection>
    </>
  );
};

export default BackupsListPage;
