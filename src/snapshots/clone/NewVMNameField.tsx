import { NameField } from '@shared/components/NameField';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { NameClash } from './findNameClash';

type NewVMNameFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** What already uses this name, found when the user submitted it. */
  clash?: NameClash;
};

export const NewVMNameField = ({ value, onChange, clash }: NewVMNameFieldProps) => {
  const { t } = usePluginTranslation();
  const problem = () => {
    if (!clash) {
      return undefined;
    }
    if (!clash.claims.length) {
      return t('A VM named {{name}} already exists in this namespace.', { name: value });
    }
    return t(
      'Disks named {{claims}} already exist in this namespace. The new VM would use them instead of the disks in the snapshot, so choose another name.',
      { claims: clash.claims.join(', ') },
    );
  };
  return (
    <NameField
      id="vdp-clone-name"
      label={t('Name of the new VM')}
      value={value}
      onChange={onChange}
      problem={problem()}
      dataTest="new-vm-name"
    />
  );
};
