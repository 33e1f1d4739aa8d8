import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useKubevirtPluginActive } from '@shared/flags/kubevirtPlugin';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { asAccessReview } from '@shared/k8s/accessReview';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useConsoleDefaultVMActions } from '@shared/vm-actions/useConsoleDefaultVMActions';
import { useMemo } from 'react';
import { useTakeSnapshotAction } from '../take/useTakeSnapshotAction';

/** `console.action/resource-provider` for VirtualMachine: [actions, loaded, error]. */
export const useVMSnapshotActions = (vm: V1VirtualMachine): [Action[], boolean, unknown] => {
  const { t } = usePluginTranslation();
  // kubevirt-plugin has its own Take snapshot; until we know, offer none (never two).
  const kubevirtPluginActive = useKubevirtPluginActive();
  const takeSnapshot = useTakeSnapshotAction(vm);
  const consoleDefaults = useConsoleDefaultVMActions(vm, 'snapshots');
  const namespace = vm.metadata?.namespace;

  const actions = useMemo(() => {
    const list: Action[] = [];
    if (kubevirtPluginActive === false) {
      list.push({
        id: 'vdp-take-snapshot',
        label: t('Take snapshot'),
        cta: takeSnapshot.launch,
        disabled: takeSnapshot.loading || !!takeSnapshot.disabledReason,
        disabledTooltip: takeSnapshot.disabledReason,
        accessReview: asAccessReview(VirtualMachineSnapshotModel, 'create', namespace),
      });
    }
    return [...list, ...consoleDefaults];
  }, [consoleDefaults, kubevirtPluginActive, namespace, t, takeSnapshot]);

  const loaded =
    kubevirtPluginActive === true || (kubevirtPluginActive === false && !takeSnapshot.loading);
  return useMemo(() => [actions, loaded, undefined], [actions, loaded]);
};

export default useVMSnapshotActions;
