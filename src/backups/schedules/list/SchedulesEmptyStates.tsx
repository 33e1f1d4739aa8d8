import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon, LockIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

/** The user may not read Schedules in the Velero namespace: who manages them, not a raw 403. */
export const SchedulesManagedByAdmin = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('Backup schedules are managed by the cluster administrator')}
      headingLevel="h2"
      icon={LockIcon}
      data-test="schedules-forbidden"
    >
      <EmptyStateBody>
        {t(
          'Velero schedules live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to schedule backups of your VMs.',
          { namespace },
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

export const NoSchedulesYet = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState titleText={t('No backup schedules yet')} headingLevel="h4" icon={CubesIcon}>
      <EmptyStateBody>
        {t(
          'A schedule backs up VMs on a cron, for example every night at 02:00 UTC, and keeps each backup for its time to live.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};
