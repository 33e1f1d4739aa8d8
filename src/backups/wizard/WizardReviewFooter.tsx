import { Button, WizardFooterWrapper, useWizardContext } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type WizardReviewFooterProps = {
  asSchedule: boolean;
  /** False in non-admin mode: the non-admin controller refuses schedules. */
  canSchedule?: boolean;
  canCreate: boolean;
  submitting: boolean;
  /** Why Create is disabled, said next to it. */
  disabledReason?: string;
  onCreate: () => void;
  onCreateSchedule: () => void;
};

/** The Review step's footer: Create (or Create schedule), and "Create schedule instead". */
export const WizardReviewFooter = (props: WizardReviewFooterProps) => {
  const { t } = usePluginTranslation();
  const { goToPrevStep, close } = useWizardContext();
  return (
    <WizardFooterWrapper>
      <Button
        variant="primary"
        onClick={props.onCreate}
        isAriaDisabled={!props.canCreate || props.submitting}
        isLoading={props.submitting}
        aria-describedby={props.disabledReason ? 'vdp-create-disabled-reason' : undefined}
        data-test="wizard-create"
      >
        {props.asSchedule ? t('Create schedule') : t('Create')}
      </Button>
      {!props.asSchedule && props.canSchedule !== false && (
        <Button
          variant="secondary"
          onClick={props.onCreateSchedule}
          data-test="wizard-create-schedule-instead"
        >
          {t('Create schedule instead')}
        </Button>
      )}
      <Button variant="secondary" onClick={() => void goToPrevStep()}>
        {t('Back')}
      </Button>
      <Button variant="link" onClick={close}>
        {t('Cancel')}
      </Button>
      {props.disabledReason && (
        <span id="vdp-create-disabled-reason" data-test="wizard-create-disabled-reason">
          {props.disabledReason}
        </span>
      )}
    </WizardFooterWrapper>
  );
};
