import { StatusDisplay } from '@shared/components/StatusDisplay';
import type { StatusTone } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ScheduleState } from '../scheduleRows';

const TONE: Record<ScheduleState, StatusTone> = {
  Enabled: 'success',
  Paused: 'info',
  FailedValidation: 'danger',
  New: 'progress',
};

/** A schedule's state; FailedValidation with Velero's validation errors under it. */
export const ScheduleStatus = ({
  state,
  validationErrors = [],
}: {
  state: ScheduleState;
  validationErrors?: string[];
}) => {
  const { t } = usePluginTranslation();
  const label: Record<ScheduleState, string> = {
    Enabled: t('Enabled'),
    Paused: t('Paused'),
    FailedValidation: t('Failed validation'),
    New: t('New'),
  };
  return (
    <span data-test="schedule-status">
      <StatusDisplay
        tone={TONE[state]}
        label={label[state]}
        detail={state === 'FailedValidation' ? validationErrors.join('; ') : undefined}
      />
    </span>
  );
};
