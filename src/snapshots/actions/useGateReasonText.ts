import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { getSnapshotStatus } from '../status/snapshotStatus';
import { useSnapshotStateLabels } from '../status/useSnapshotStatusLabels';
import type { Gate } from './snapshotActionGates';

export type GatedAction = 'restore' | 'clone' | 'delete';

/** The sentence that tells the user why an action is disabled and what to do instead. */
export const useGateReasonText = () => {
  const { t } = usePluginTranslation();
  const stateLabels = useSnapshotStateLabels();
  return (
    gate: Gate,
    action: GatedAction,
    snapshot: V1beta1VirtualMachineSnapshot,
    vmError?: Error,
  ): string | undefined => {
    if (!gate.disabled) {
      return undefined;
    }
    const vmName = snapshot.spec?.source?.name ?? '';
    switch (gate.reason) {
      case 'noPermission':
        return {
          restore: t(
            'You do not have permission to create VirtualMachineRestores in this namespace.',
          ),
          clone: t('You do not have permission to create VirtualMachineClones in this namespace.'),
          delete: t(
            'You do not have permission to delete VirtualMachineSnapshots in this namespace.',
          ),
        }[action];
      case 'deleting':
        return t('The snapshot is being deleted.');
      case 'notUsable': {
        const status = stateLabels[getSnapshotStatus(snapshot).state];
        return action === 'clone'
          ? t(
              'A VM can only be created from a snapshot that succeeded and is ready to use. Status: {{status}}.',
              { status },
            )
          : t(
              'Only a snapshot that succeeded and is ready to use can be restored. Status: {{status}}.',
              {
                status,
              },
            );
      }
      case 'vmUnknown':
        return vmError
          ? t('The VM {{vmName}} could not be read: {{error}}', { vmName, error: vmError.message })
          : t('Checking the VM {{vmName}}…', { vmName });
      case 'vmDeleted':
        return t(
          'The VM {{vmName}} no longer exists, so there is nothing to restore into. Create a new VM from this snapshot instead.',
          { vmName },
        );
      case 'earlierVM':
        return t(
          'This snapshot was taken from an earlier VM named {{vmName}}, not the current one. Create a new VM from it instead.',
          { vmName },
        );
      case 'restoreRunning':
        return t('A restore of this VM is in progress ({{restore}}). Wait for it to finish.', {
          restore: gate.detail ?? '',
        });
      case 'partial':
        return gate.detail
          ? t(
              'Some disks were not backed up in this snapshot ({{disks}}), so a VM cannot be created from it.',
              { disks: gate.detail },
            )
          : t(
              'This snapshot is partial: some disks were not backed up, so a VM cannot be created from it.',
            );
      case 'vTPM':
        // The product documentation's own words (seed 004).
        return t(
          'Cloning a VM with a vTPM device attached to it or creating a new VM from its snapshot is not supported.',
        );
      case 'backendStorage':
        return t('The VM keeps persistent EFI state, which KubeVirt cannot copy into a new VM.');
    }
  };
};
