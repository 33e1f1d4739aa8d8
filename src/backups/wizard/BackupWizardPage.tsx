import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import { useActiveProject } from '@shared/hooks/useActiveProject';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useSearchParams } from 'react-router';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupsManagedByAdmin } from '../list/BackupsEmptyStates';
import { ByBackupMode } from '../non-admin/ByBackupMode';
import { NonAdminBackupWizard } from '../non-admin/NonAdminBackupWizard';
import { vmsFromQuery } from '../routes/wizardRoutes';
import { BackupWizard } from './BackupWizard';
import { useBackupWizardData } from './useBackupWizardData';

/** `console.page/route` at BACKUP_WIZARD_PATH: `?vm=ns/name` preselects, `?schedule=true` schedules. */
const BackupWizardContent = () => {
  const { t } = usePluginTranslation();
  const [params] = useSearchParams();
  const data = useBackupWizardData();
  const asSchedule = params.get('schedule') === 'true';
  if (!data.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <>
      {data.vmsError && (
        <Alert variant="danger" isInline title={t('Virtual machines could not be listed')}>
          {data.vmsError.message}
        </Alert>
      )}
      <BackupWizard data={data} preselected={vmsFromQuery(params)} asSchedule={asSchedule} />
    </>
  );
};

/**
 * For a namespace user: the wizard on NonAdminBackups in the preselected VM's namespace, else in
 * the console's active project. For a user who may do neither: who manages backups.
 */
const BackupWizardForUser = () => {
  const [params] = useSearchParams();
  const active = useActiveProject();
  const velero = useVeleroNamespace();
  const preselected = vmsFromQuery(params);
  const namespace = preselected[0]?.namespace ?? active;
  return (
    <ByBackupMode
      namespace={namespace}
      nonAdmin={<NonAdminBackupWizard namespace={namespace} preselected={preselected} />}
      managed={<BackupsManagedByAdmin namespace={velero.namespace} />}
    >
      <BackupWizardContent />
    </ByBackupMode>
  );
};

export const BackupWizardPage = () => {
  const { t } = usePluginTranslation();
  return (
    <>
      <DocumentTitle>{t('Create backup')}</DocumentTitle>
      <PageSection>
        <ComponentBoundary>
          <BackupWizardForUser />
        </ComponentBoundary>
      </PageSection>
    </>
  );
};

export default BackupWizardPage;
