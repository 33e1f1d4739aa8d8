import { Alert, Checkbox } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

type RunningVMChoiceProps = { vmName: string; stopTarget: boolean; onChange: (v: boolean) => void };

/** A running VM is only restored when the user explicitly asks KubeVirt to stop it. */
export const RunningVMChoice = ({ vmName, stopTarget, onChange }: RunningVMChoiceProps) => {
  const { t } = usePluginTranslation();
  return (
    <Alert
      isInline
      variant="warning"
      title={t('The VM {{vmName}} is running', { vmName })}
      data-test="running-vm"
    >
      <p>
        {t(
          'A restore needs the VM stopped. Choose to stop it and restore, or cancel and stop it yourself first.',
        )}
      </p>
      <Checkbox
        id="vdp-restore-stop-target"
        label={t('Stop the VM and restore')}
        description={t(
          'KubeVirt stops the VM (as the Stop action does) before restoring it; it stays stopped afterwards.',
        )}
        isChecked={stopTarget}
        onChange={(_e, checked) => onChange(checked)}
        data-test="stop-target"
      />
    </Alert>
  );
};
