import { NameField } from '@shared/components/NameField';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type NewVMNameFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** A VM with this name was found in the namespace. */
  taken: boolean;
};

export const NewVMNameField = ({ value, onChange, taken }: NewVMNameFieldProps) => {
  const { t } = usePluginTranslation();
  return (
    <NameField
      id="vdp-clone-name"
      label={t('Name of the new VM')}
      value={value}
      onChange={onChange}
      problem={
        taken
          ? t('A VM named {{name}} already exists in this namespace.', { name: value })
          : undefined
      }
      dataTest="new-vm-name"
    />
  );
};
