import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Content } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import { BackupModel, ScheduleModel } from '../../k8s/models';
import type { VeleroBackup, VeleroSchedule } from '../../k8s/types';
import { SCHEDULE_NAME_LABEL } from '../run-now/buildBackupFromSchedule';

/**
 * Deleting a Schedule does not delete its backups: Velero's schedule controller only stops
 * (research/oadp-velero.md §2.2). With `useOwnerReferencesInBackup` Kubernetes garbage-collects
 * the Backup objects, which is not a Velero deletion: their data stays in the bucket.
 */
export const DeleteScheduleModal: OverlayComponent<{ schedule: VeleroSchedule }> = ({
  schedule,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const name = schedule.metadata?.name ?? '';
  const namespace = schedule.metadata?.namespace;
  const selector = useMemo(() => ({ matchLabels: { [SCHEDULE_NAME_LABEL]: name } }), [name]);
  const backups = useWatchList<VeleroBackup>(BackupModel, namespace, selector);
  const owned = schedule.spec?.useOwnerReferencesInBackup === true;
  const count = backups.data.length;
  return (
    <ModalShell
      title={t('Delete schedule?')}
      closeOverlay={closeOverlay}
      onSubmit={() => k8sDelete({ model: ScheduleModel, resource: schedule })}
      submitLabel={t('Delete')}
      submitVariant="danger"
      canSubmit
      errorTitle={t('The schedule could not be deleted')}
    >
      <Content data-test="delete-schedule-what">
        <p>{t('Delete the schedule {{name}}? No more backups are made by it.', { name })}</p>
        {owned ? (
          <p data-test="delete-schedule-owned">
            {t(
              'This schedule sets useOwnerReferencesInBackup, so Kubernetes deletes its {{count}} Backup object with it. That is not a Velero deletion: its data and disk snapshots stay in the storage location.',
              {
                count,
                defaultValue_other:
                  'This schedule sets useOwnerReferencesInBackup, so Kubernetes deletes its {{count}} Backup objects with it. That is not a Velero deletion: their data and disk snapshots stay in the storage location.',
              },
            )}
          </p>
        ) : (
          <p data-test="delete-schedule-kept">
            {t(
              'Its {{count}} backup is kept: Velero does not delete it with the schedule. It expires at the end of its time to live, or delete it from the Backups list.',
              {
                count,
                defaultValue_other:
                  'Its {{count}} backups are kept: Velero does not delete them with the schedule. Each expires at the end of its time to live, or delete it from the Backups list.',
              },
            )}
          </p>
        )}
      </Content>
    </ModalShell>
  );
};
