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

type NewVMNameFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** A VM with this name was found in the namespace. */
  taken: boolean;
};

export const NewVMNameField = ({ value, onChange, taken }: NewVMNameFieldProps) => {
  const { t } = usePluginTranslation();
  const problem =
    useNameProblemText()(dns1123LabelProblem(value)) ??
    (taken
      ? t('A VM named {{name}} already exists in this namespace.', { name: value })
      : undefined);
  const id = 'vdp-clone-name';
  return (
    <FormGroup label={t('Name of the new VM')} isRequired fieldId={id}>
      <TextInput
        id={id}
        value={value}
        onChange={(_e, next) => onChange(next)}
        validated={problem ? 'error' : 'default'}
        aria-invalid={!!problem}
        aria-describedby={`${id}-helper`}
        isRequired
        data-test="new-vm-name"
      />
      <FormHelperText>
        <HelperText id={`${id}-helper`}>
          {problem ? (
            <HelperTextItem variant="error" data-test="new-vm-name-error">
              {problem}
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
