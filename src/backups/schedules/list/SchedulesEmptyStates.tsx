import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { ManagedByAdmin } from '../../list/ManagedByAdmin';

/** The user may not read Schedules in the Velero namespace: who manages them, not a raw 403. */
export const SchedulesManagedByAdmin = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  return (
    <ManagedByAdmin
      title={t('Backup schedules are managed by the cluster administrator')}
      data-test="schedules-forbidden"
      body={t(
        'Velero schedules live in the {{namespace}} namespace, which your account cannot read. Ask a cluster administrator to schedule backups of your VMs.',
        { namespace },
      )}
    />
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
