import { FormGroup, TextInput } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type ConfirmNameFieldProps = { name: string; value: string; onChange: (value: string) => void };

/** Typed confirmation for actions that overwrite data. */
export const ConfirmNameField = ({ name, value, onChange }: ConfirmNameFieldProps) => {
  const { t } = usePluginTranslation();
  const id = 'vdp-confirm-name';
  return (
    <FormGroup label={t('Type {{name}} to confirm', { name })} fieldId={id} isRequired>
      <TextInput
        id={id}
        value={value}
        onChange={(_e, next) => onChange(next)}
        autoComplete="off"
        data-test="confirm-name"
      />
    </FormGroup>
  );
};
