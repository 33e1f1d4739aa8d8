import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Checkbox, Content } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import { ScheduleModel } from '../../k8s/models';
import type { VeleroSchedule } from '../../k8s/types';
import { nextRunOf } from '../scheduleRows';
import { pausePatch } from './schedulePatches';

/**
 * Pause or resume (`spec.paused`). Velero counts the next run from the last backup, so a
 * schedule resumed after a missed time backs up at once, unless `skipImmediately` is set.
 */
export const PauseScheduleModal: OverlayComponent<{ schedule: VeleroSchedule }> = ({
  schedule,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const [now] = useState(() => new Date());
  const [skip, setSkip] = useState(false);
  const name = schedule.metadata?.name;
  const resuming = schedule.spec?.paused === true;
  const resumed = { ...schedule, spec: { ...schedule.spec, paused: false } };
  const dueAtOnce = resuming && nextRunOf(resumed, now)?.getTime() === now.getTime();
  return (
    <ModalShell
      title={resuming ? t('Resume schedule?') : t('Pause schedule?')}
      closeOverlay={closeOverlay}
      onSubmit={() =>
        k8sPatch({
          model: ScheduleModel,
          resource: schedule,
          data: pausePatch(!resuming, resuming && dueAtOnce && skip),
        })
      }
      submitLabel={resuming ? t('Resume') : t('Pause')}
      canSubmit
      errorTitle={
        resuming ? t('The schedule could not be resumed') : t('The schedule could not be paused')
      }
    >
      <Content data-test="pause-what">
        <p>
          {resuming
            ? t('Velero makes backups for {{name}} on its schedule again.', { name })
            : t(
                'Velero makes no backups for {{name}} until it is resumed. Its existing backups are kept and still expire at the end of their time to live.',
                { name },
              )}
        </p>
      </Content>
      {dueAtOnce && (
        <Checkbox
          id="vdp-skip-missed-run"
          label={t('Skip the missed run')}
          description={t(
            'A scheduled time passed while it was paused, so Velero starts a backup as soon as it is resumed. Tick this to wait for the next scheduled time instead (skipImmediately).',
          )}
          isChecked={skip}
          onChange={(_e, checked) => setSkip(checked)}
        />
      )}
    </ModalShell>
  );
};
