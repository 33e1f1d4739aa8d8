import {
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  InputGroup,
  InputGroupItem,
  TextInput,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { DeadlineUnit, FailureDeadline } from './failureDeadline';
import { isDeadlineUnit } from './failureDeadline';

type DeadlineFieldProps = {
  value: string;
  unit: DeadlineUnit;
  deadline: FailureDeadline;
  onChange: (value: string) => void;
  onUnitChange: (unit: DeadlineUnit) => void;
};

const useDeadlineHelp = (deadline: FailureDeadline) => {
  const { t } = usePluginTranslation();
  switch (deadline.kind) {
    case 'default':
      return {
        variant: 'default' as const,
        text: t('Optional. Leave empty for the default of 5m; enter 0 for no deadline.'),
      };
    case 'none':
      return {
        variant: 'warning' as const,
        text: t(
          'No deadline: a snapshot that gets stuck will never fail, and stays in progress until you delete it.',
        ),
      };
    case 'duration':
      return {
        variant: 'default' as const,
        text: t('The snapshot fails if it is not complete {{duration}} after it is created.', {
          duration: deadline.duration,
        }),
      };
    case 'invalid':
      return {
        variant: 'error' as const,
        text:
          deadline.problem === 'format'
            ? t('Enter a number such as 10 or 1.5, without spaces, signs or exponents.')
            : deadline.problem === 'tooShort'
              ? t('The deadline must be at least 1 second, or 0 for no deadline.')
              : t('The deadline is too long: the maximum is 2562047 hours.'),
      };
  }
};

export const DeadlineField = ({
  value,
  unit,
  deadline,
  onChange,
  onUnitChange,
}: DeadlineFieldProps) => {
  const { t } = usePluginTranslation();
  const help = useDeadlineHelp(deadline);
  const fieldId = 'vdp-take-snapshot-deadline';
  const invalid = help.variant === 'error';
  return (
    <FormGroup label={t('Failure deadline')} fieldId={fieldId}>
      <InputGroup>
        <InputGroupItem isFill>
          <TextInput
            id={fieldId}
            value={value}
            inputMode="decimal"
            onChange={(_event, next) => onChange(next)}
            validated={invalid ? 'error' : help.variant === 'warning' ? 'warning' : 'default'}
            aria-invalid={invalid}
            aria-describedby={`${fieldId}-helper`}
            data-test="snapshot-deadline"
          />
        </InputGroupItem>
        <InputGroupItem>
          <FormSelect
            value={unit}
            onChange={(_event, next) => isDeadlineUnit(next) && onUnitChange(next)}
            aria-label={t('Failure deadline unit')}
            data-test="snapshot-deadline-unit"
          >
            <FormSelectOption value="s" label={t('Seconds (s)')} />
            <FormSelectOption value="m" label={t('Minutes (m)')} />
            <FormSelectOption value="h" label={t('Hours (h)')} />
          </FormSelect>
        </InputGroupItem>
      </InputGroup>
      <FormHelperText>
        <HelperText id={`${fieldId}-helper`}>
          <HelperTextItem variant={help.variant} data-test="snapshot-deadline-help">
            {help.text}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
};
