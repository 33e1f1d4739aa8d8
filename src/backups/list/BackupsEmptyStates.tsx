import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon, LockIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

/** OADP is not installed: what to install, instead of API errors. */
export const OADPNotInstalled = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('OADP is not installed')}
      headingLevel="h2"
      icon={CubesIcon}
      data-test="oadp-missing"
    >
      <EmptyStateBody>
        {t(
          'Backups to object storage need the OpenShift API for Data Protection (OADP) operator. A cluster administrator installs it from the software catalog (OperatorHub), then creates a DataProtectionApplication with the kubevirt, csi and openshift plugins.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

/** The user may not read the Velero namespace: who manages backups, not a raw 403. */
export const BackupsManagedByAdmin = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('Backups are managed by the cluster administrator')}
      headingLevel="h2"
      icon={LockIcon}
      data-test="backups-forbidden"
    >
      <EmptyStateBody>
        {t(
          'Velero backups live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to back up or restore your VMs, or to enable OADP non-admin backups for your namespace.',
          { namespace },
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

export const NoBackupsYet = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState titleText={t('No backups yet')} headingLevel="h4" icon={CubesIcon}>
      <EmptyStateBody>
        {t(
          'A backup saves VMs, their disks and their configuration to object storage, outside the cluster.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};
