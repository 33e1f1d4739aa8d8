import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useNameProblemText } from '../hooks/useNameProblemText';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { dns1123LabelProblem } from '../validation/dns1123';

type NameFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A problem beyond DNS-1123 syntax (e.g. the name is taken), shown the same way. */
  problem?: string;
  /** data-test of the input; the error text gets `<dataTest>-error`. */
  dataTest: string;
};

/** A Kubernetes object name field: DNS-1123 errors next to the field as the user types. */
export const NameField = ({ id, label, value, onChange, problem, dataTest }: NameFieldProps) => {
  const { t } = usePluginTranslation();
  const shown = useNameProblemText()(dns1123LabelProblem(value)) ?? problem;
  return (
    <FormGroup label={label} isRequired fieldId={id}>
      <TextInput
        id={id}
        value={value}
        onChange={(_event, next) => onChange(next)}
        validated={shown ? 'error' : 'default'}
        aria-invalid={!!shown}
        aria-describedby={`${id}-helper`}
        isRequired
        data-test={dataTest}
      />
      <FormHelperText>
        <HelperText id={`${id}-helper`}>
          {shown ? (
            <HelperTextItem variant="error" data-test={`${dataTest}-error`}>
              {shown}
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
