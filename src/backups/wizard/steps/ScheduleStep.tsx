import {
  Alert,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWizardValues } from '../useWizardValues';
import type { CronPreset } from '../wizardValues';
import { NextRuns } from './NextRuns';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

type ScheduleStepProps = { expression: string; problem?: string; words?: string; tooFar: boolean };

/** The Schedule step: when to run (presets or cron), in words, the next runs, and two options. */
export const ScheduleStep = ({ expression, problem, words, tooFar }: ScheduleStepProps) => {
  const { t } = usePluginTranslation();
  const { values, set } = useWizardValues();
  const presets: Record<CronPreset, string> = {
    hourly: t('Hourly at minute'),
    daily: t('Daily at'),
    weekly: t('Weekly on days at'),
    custom: t('Custom cron expression'),
  };
  const dayNames = [
    t('Sunday'),
    t('Monday'),
    t('Tuesday'),
    t('Wednesday'),
    t('Thursday'),
    t('Friday'),
    t('Saturday'),
  ];
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('Runs')} fieldId="vdp-cron-preset">
        <FormSelect
          id="vdp-cron-preset"
          value={values.cronPreset}
          onChange={(_e, v) => set('cronPreset', v as CronPreset)}
          data-test="cron-preset"
        >
          {Object.entries(presets).map(([id, label]) => (
            <FormSelectOption key={id} value={id} label={label} />
          ))}
        </FormSelect>
      </FormGroup>
      {values.cronPreset === 'hourly' && (
        <FormGroup label={t('Minute')} fieldId="vdp-cron-minute">
          <TextInput
            id="vdp-cron-minute"
            type="number"
            value={values.minute}
            onChange={(_e, v) => set('minute', v)}
            data-test="cron-minute"
          />
        </FormGroup>
      )}
      {(values.cronPreset === 'daily' || values.cronPreset === 'weekly') && (
        <FormGroup label={t('Time (UTC, HH:MM)')} fieldId="vdp-cron-time">
          <TextInput
            id="vdp-cron-time"
            value={values.time}
            onChange={(_e, v) => set('time', v)}
            data-test="cron-time"
          />
        </FormGroup>
      )}
      {values.cronPreset === 'weekly' && (
        <FormGroup role="group" label={t('Days')} fieldId="vdp-cron-days" isInline>
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              id={`vdp-cron-day-${day}`}
              label={dayNames[day]}
              isChecked={values.weekdays.includes(day)}
              onChange={(_e, on) =>
                set(
                  'weekdays',
                  on ? [...values.weekdays, day] : values.weekdays.filter((d) => d !== day),
                )
              }
            />
          ))}
        </FormGroup>
      )}
      {values.cronPreset === 'custom' && (
        <FormGroup label={t('Cron expression')} fieldId="vdp-cron-custom">
          <TextInput
            id="vdp-cron-custom"
            value={values.customCron}
            placeholder="0 2 * * *"
            onChange={(_e, v) => set('customCron', v)}
            validated={problem ? 'error' : 'default'}
            data-test="cron-custom"
          />
        </FormGroup>
      )}
      <FormHelperText>
        <HelperText>
          {problem ? (
            <HelperTextItem variant="error" data-test="cron-error">
              {problem}
            </HelperTextItem>
          ) : (
            <HelperTextItem data-test="cron-words">
              {t('{{words}} (cron "{{expression}}")', {
                words,
                expression,
              })}
            </HelperTextItem>
          )}
        </HelperText>
      </FormHelperText>
      {tooFar && !problem && (
        <Alert
          variant="warning"
          isInline
          isPlain
          title={t('The next run is more than a year away.')}
          data-test="cron-too-far"
        />
      )}
      {!problem && <NextRuns expression={expression} />}
      <Checkbox
        id="vdp-skip-immediately"
        label={t('Skip immediately')}
        description={t(
          'Do not back up when the schedule is created or resumed; wait for the first run time.',
        )}
        isChecked={values.skipImmediately}
        onChange={(_e, v) => set('skipImmediately', v)}
        data-test="skip-immediately"
      />
      <Checkbox
        id="vdp-owner-references"
        label={t('Delete its backups with the schedule')}
        description={t(
          'Sets useOwnerReferencesInBackup: each backup is owned by the schedule, so deleting the schedule deletes its backups (and their data).',
        )}
        isChecked={values.useOwnerReferences}
        onChange={(_e, v) => set('useOwnerReferences', v)}
        data-test="owner-references"
      />
    </Form>
  );
};
