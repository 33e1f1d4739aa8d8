import { Checkbox } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type DeleteWithVMFieldProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The VM has no UID yet, so it cannot be the snapshot's owner. */
  isDisabled: boolean;
};

/** Opt-in owner reference: off by default so deleting a VM never silently deletes its snapshots. */
export const DeleteWithVMField = ({ checked, onChange, isDisabled }: DeleteWithVMFieldProps) => {
  const { t } = usePluginTranslation();
  return (
    <Checkbox
      id="vdp-take-snapshot-delete-with-vm"
      label={t('Delete this snapshot when the VM is deleted')}
      description={t(
        'By default a snapshot outlives its VM: you can still create a new VM from it after the VM is deleted. Check this to have Kubernetes delete the snapshot together with the VM.',
      )}
      isChecked={checked}
      isDisabled={isDisabled}
      onChange={(_event, next) => onChange(next)}
      data-test="delete-with-vm"
    />
  );
};
