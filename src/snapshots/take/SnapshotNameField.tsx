import { NameField } from '@shared/components/NameField';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type SnapshotNameFieldProps = { value: string; onChange: (value: string) => void };

export const SnapshotNameField = ({ value, onChange }: SnapshotNameFieldProps) => {
  const { t } = usePluginTranslation();
  return (
    <NameField
      id="vdp-take-snapshot-name"
      label={t('Name')}
      value={value}
      onChange={onChange}
      dataTest="snapshot-name"
    />
  );
};
