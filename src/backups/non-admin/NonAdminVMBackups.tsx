import { Alert, Bullseye, Spinner, Title } from '@patternfly/react-core';
import { TabSection } from '@shared/components/TabSection';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { BackupWizardLink } from './BackupWizardLink';
import { NonAdminBackupsTable } from './NonAdminBackupsTable';
import { NonAdminRestores } from './NonAdminRestores';
import { useNonAdminVMBackups } from './useNonAdminVMBackups';

/**
 * The VM Backups tab for a namespace user (DESIGN §6 "Namespace users"): the VM's
 * NonAdminBackups in its namespace, their mirrored status, and Back up / Restore / Delete
 * through OADP's non-admin controller. No schedules: the controller refuses them.
 */
export const NonAdminVMBackups = ({ vm }: { vm: V1VirtualMachine }) => {
  const { t } = usePluginTranslation();
  const data = useNonAdminVMBackups(vm);
  const namespace = vm.metadata?.namespace ?? '';
  if (!data.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <TabSection>
      <div data-test="non-admin-backups">
        <Alert
          variant="info"
          isInline
          isPlain
          title={t('Backups of namespace {{namespace}} (OADP self-service)', { namespace })}
        >
          {t(
            'You back up and restore the VMs of this namespace yourself. Schedules and other namespaces are managed by the cluster administrator.',
          )}
        </Alert>
        {data.error && (
          <Alert variant="danger" isInline title={t('Backups could not be loaded')}>
            {data.error.message}
          </Alert>
        )}
        <BackupWizardLink vm={vm} />
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Backups')}
        </Title>
        {data.rows.length === 0 ? (
          <p data-test="no-backups">{t('No backup holds this VM.')}</p>
        ) : (
          <NonAdminBackupsTable
            rows={data.rows}
            ariaLabel={t('Backups of {{vm}}', { vm: vm.metadata?.name })}
            vm={vm}
          />
        )}
        <NonAdminRestores restores={data.restores} />
      </div>
    </TabSection>
  );
};
