import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import {
  Checkbox,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import { NextRuns } from '../../cron/NextRuns';
import { nextRunTooFar } from '../../cron/nextRuns';
import { useCronProblemText, useCronWords } from '../../cron/useCronText';
import { validateCron } from '../../cron/validateCron';
import { ScheduleModel } from '../../k8s/models';
import type { VeleroSchedule } from '../../k8s/types';
import { parseTTL } from '../../wizard/ttl';
import { editPatch, editValuesOf } from '../actions/schedulePatches';
import { useTTLProblemText } from './useTTLProblemText';

const Helper = ({ error, text, id }: { error?: string; text?: string; id: string }) =>
  error || text ? (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

/**
 * Edit a schedule's cron, TTL and paused flag; the patch holds only what changed. A TTL edit
 * reaches only backups made after it (research/oadp-velero.md §2.2, velero#6868).
 */
export const EditScheduleModal: OverlayComponent<{ schedule: VeleroSchedule }> = ({
  schedule,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const cronProblemText = useCronProblemText();
  const ttlProblemText = useTTLProblemText();
  const words = useCronWords();
  const [now] = useState(() => new Date());
  const [values, setValues] = useState(() => editValuesOf(schedule));
  const cronProblem = validateCron(values.schedule, now);
  // An unset TTL (Velero's 720h default) may stay unset; one that was set may not be emptied.
  const unsetTTL = values.ttl === '' && !schedule.spec?.template?.ttl;
  const ttlParsed = unsetTTL ? undefined : parseTTL(values.ttl);
  const ttlProblem = typeof ttlParsed === 'string' ? ttlParsed : undefined;
  const patch = editPatch(schedule, values);
  const tooFar = !cronProblem && nextRunTooFar(values.schedule, now);
  return (
    <ModalShell
      title={t('Edit schedule {{name}}', { name: schedule.metadata?.name })}
      closeOverlay={closeOverlay}
      onSubmit={() => k8sPatch({ model: ScheduleModel, resource: schedule, data: patch })}
      submitLabel={t('Save')}
      canSubmit={!cronProblem && !ttlProblem && patch.length > 0}
      errorTitle={t('The schedule could not be saved')}
    >
      <FormGroup label={t('Cron expression')} isRequired fieldId="vdp-schedule-cron">
        <TextInput
          id="vdp-schedule-cron"
          data-test="schedule-cron-input"
          value={values.schedule}
          validated={cronProblem ? 'error' : tooFar ? 'warning' : 'default'}
          aria-describedby="vdp-schedule-cron-help"
          onChange={(_e, schedule) => setValues((v) => ({ ...v, schedule }))}
        />
        <Helper
          id="vdp-schedule-cron-help"
          error={cronProblemText(cronProblem)}
          text={
            tooFar
              ? t('{{words}}. The next run is more than a year away.', {
                  words: words(values.schedule),
                })
              : words(values.schedule)
          }
        />
      </FormGroup>
      {!cronProblem && <NextRuns expression={values.schedule} from={now} />}
      <FormGroup label={t('Time to live of each backup')} fieldId="vdp-schedule-ttl">
        <TextInput
          id="vdp-schedule-ttl"
          data-test="schedule-ttl-input"
          value={values.ttl}
          placeholder={t('720h (Velero default)')}
          validated={ttlProblem ? 'error' : 'default'}
          aria-describedby="vdp-schedule-ttl-help"
          onChange={(_e, ttl) => setValues((v) => ({ ...v, ttl }))}
        />
        <Helper
          id="vdp-schedule-ttl-help"
          error={ttlProblemText(ttlProblem)}
          text={t(
            'Applies only to backups made from now on; existing backups keep the expiry they were given.',
          )}
        />
      </FormGroup>
      <Checkbox
        id="vdp-schedule-paused"
        data-test="schedule-paused-input"
        label={t('Paused')}
        description={t('No backups are made while paused.')}
        isChecked={values.paused}
        onChange={(_e, paused) => setValues((v) => ({ ...v, paused }))}
      />
    </ModalShell>
  );
};
