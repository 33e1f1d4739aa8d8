import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Content } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import { BackupModel } from '../../k8s/models';
import type { VeleroSchedule } from '../../k8s/types';
import { buildBackupFromSchedule } from './buildBackupFromSchedule';

/**
 * Run now: one Backup from the schedule's template, as `velero backup create --from-schedule`
 * makes it. The name is fixed when the dialog opens, so the one shown is the one created.
 */
export const RunNowModal: OverlayComponent<{ schedule: VeleroSchedule }> = ({
  schedule,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const [backup] = useState(() => buildBackupFromSchedule(schedule, new Date()));
  return (
    <ModalShell
      title={t('Run schedule now?')}
      closeOverlay={closeOverlay}
      onSubmit={() => k8sCreate({ model: BackupModel, data: backup })}
      submitLabel={t('Back up now')}
      canSubmit
      errorTitle={t('The backup could not be created')}
    >
      <Content data-test="run-now-what">
        <p>
          {t(
            'This creates the backup {{backup}} now, with the same VMs, storage location and time to live as the schedule {{schedule}} gives its backups.',
            { backup: backup.metadata?.name, schedule: schedule.metadata?.name },
          )}
        </p>
        <p>
          {t(
            'It is labelled with the schedule, so it is listed with its backups. While it runs, the schedule does not start another backup; the next scheduled time is not changed.',
          )}
        </p>
      </Content>
    </ModalShell>
  );
};
