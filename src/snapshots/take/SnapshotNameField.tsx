import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useNameProblemText } from '@shared/hooks/useNameProblemText';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { dns1123LabelProblem } from '@shared/validation/dns1123';

type SnapshotNameFieldProps = { value: string; onChange: (value: string) => void };

export const SnapshotNameField = ({ value, onChange }: SnapshotNameFieldProps) => {
  const { t } = usePluginTranslation();
  const problemText = useNameProblemText()(dns1123LabelProblem(value));
  const fieldId = 'vdp-take-snapshot-name';
  return (
    <FormGroup label={t('Name')} isRequired fieldId={fieldId}>
      <TextInput
        id={fieldId}
        value={value}
        onChange={(_event, next) => onChange(next)}
        validated={problemText ? 'error' : 'default'}
        aria-invalid={!!problemText}
        aria-describedby={`${fieldId}-helper`}
        isRequired
        data-test="snapshot-name"
      />
      <FormHelperText>
        <HelperText id={`${fieldId}-helper`}>
          {problemText ? (
            <HelperTextItem variant="error" data-test="snapshot-name-error">
              {problemText}
            </HelperTextItem>
          ) : (
            <HelperTextItem>
              {t('Lower case letters, digits and "-"; at most 63 characters.')}
            </HelperTextItem>
          )}
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
};
