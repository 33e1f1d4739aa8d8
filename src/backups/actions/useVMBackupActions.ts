import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useConsoleDefaultVMActions } from '@shared/vm-actions/useConsoleDefaultVMActions';
import { useMemo } from 'react';
import { useBackupWizardEntry } from '../wizard/openBackupWizard';

/**
 * `console.action/resource-provider` for VirtualMachine (flag VDP_VELERO): "Back up", and the
 * console's defaults it replaces when the snapshot provider does not bring them.
 */
export const useVMBackupActions = (vm: V1VirtualMachine): [Action[], boolean, unknown] => {
  const { t } = usePluginTranslation();
  const namespace = vm.metadata?.namespace ?? '';
  const name = vm.metadata?.name ?? '';
  const entry = useBackupWizardEntry({ vms: [{ namespace, name }] });
  const consoleDefaults = useConsoleDefaultVMActions(vm, 'backups');
  const actions = useMemo<Action[]>(
    () => [
      {
        id: 'vdp-back-up',
        label: t('Back up'),
        cta: { href: entry.href },
        disabled: entry.loading || !!entry.disabledReason,
        disabledTooltip: entry.disabledReason,
      },
      ...consoleDefaults,
    ],
    [consoleDefaults, entry, t],
  );
  return useMemo(() => [actions, !entry.loading, undefined], [actions, entry.loading]);
};

export default useVMBackupActions;
