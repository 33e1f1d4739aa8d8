import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useSearchParams } from 'react-router';
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

/** Opened from a VM by a namespace user: the wizard on NonAdminBackups in the VM's namespace. */
const BackupWizardForUser = () => {
  const [params] = useSearchParams();
  const preselected = vmsFromQuery(params);
  const namespace = preselected[0]?.namespace ?? '';
  return (
    <ByBackupMode
      namespace={namespace}
      nonAdmin={<NonAdminBackupWizard namespace={namespace} preselected={preselected} />}
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
