import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { NON_ADMIN_FLAG } from '../non-admin/useBackupMode';
import { ManagedByAdmin } from './ManagedByAdmin';

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

/**
 * The user may not read the Velero namespace: who manages backups, not a raw 403. Where the
 * NonAdminBackup API is served, namespace users may back up their own VMs (from the VM tab).
 */
export const BackupsManagedByAdmin = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  const selfService = useFlag(NON_ADMIN_FLAG);
  return (
    <ManagedByAdmin
      title={t('Backups are managed by the cluster administrator')}
      data-test="backups-forbidden"
      body={
        selfService
          ? t(
              'Velero backups live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to back up or restore your VMs. Where OADP self-service backups are enabled for your namespace, you back up and restore its VMs yourself, from each VM’s Backups tab.',
              { namespace },
            )
          : t(
              'Velero backups live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to back up or restore your VMs, or to enable OADP non-admin backups for your namespace.',
              { namespace },
            )
      }
    />
  );
};

/** The same for Restores (their list, details and wizard), in a restore's own words. */
export const RestoresManagedByAdmin = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  const selfService = useFlag(NON_ADMIN_FLAG);
  return (
    <ManagedByAdmin
      title={t('Restores are managed by the cluster administrator')}
      data-test="restores-forbidden"
      body={
        selfService
          ? t(
              'Velero restores live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to restore your VMs. Where OADP self-service backups are enabled for your namespace, you restore its VMs yourself, from each VM’s Backups tab.',
              { namespace },
            )
          : t(
              'Velero restores live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to restore your VMs, or to enable OADP non-admin backups for your namespace.',
              { namespace },
            )
      }
    />
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
