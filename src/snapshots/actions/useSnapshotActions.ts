import {
  useAnnotationsModal,
  useLabelsModal,
  useOverlay,
} from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { asAccessReview } from '@shared/k8s/accessReview';
import {
  VirtualMachineCloneModel,
  VirtualMachineRestoreModel,
  VirtualMachineSnapshotModel,
  toModelRef,
} from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useMemo } from 'react';
import {
  LazyCreateVMFromSnapshotModal,
  LazyDeleteSnapshotModal,
  LazyRestoreSnapshotModal,
} from '../lazyModals';
import { cloneGate, deleteGate, restoreGate } from './snapshotActionGates';
import { useGateReasonText } from './useGateReasonText';
import { useSnapshotActionInput } from './useSnapshotActionInput';

/**
 * Restore, Create VM from snapshot and Delete, each disabled with a reason. `readContent`
 * false (the Snapshots tab's rows) gates on the snapshot's status only.
 */
export const useSnapshotActionList = (
  snapshot: V1beta1VirtualMachineSnapshot,
  readContent: boolean,
): [Action[], boolean, Error | undefined] => {
  const { t } = usePluginTranslation();
  const launchOverlay = useOverlay();
  const { input, loaded, vmError } = useSnapshotActionInput(snapshot, readContent);
  const reasonText = useGateReasonText();
  const editLabels = useLabelsModal(snapshot);
  const editAnnotations = useAnnotationsModal(snapshot);

  const actions = useMemo((): Action[] => {
    const namespace = snapshot.metadata?.namespace;
    const name = snapshot.metadata?.name;
    const restore = restoreGate(input);
    const clone = cloneGate(input);
    const remove = deleteGate(input);
    return [
      {
        id: 'vdp-snapshot-restore',
        label: t('Restore VM from snapshot'),
        cta: () => launchOverlay(LazyRestoreSnapshotModal, { snapshot }),
        accessReview: asAccessReview(VirtualMachineRestoreModel, 'create', namespace),
        disabled: restore.disabled,
        disabledTooltip: reasonText(restore, 'restore', snapshot, vmError),
      },
      {
        id: 'vdp-snapshot-clone',
        label: t('Create VM from snapshot'),
        cta: () => launchOverlay(LazyCreateVMFromSnapshotModal, { snapshot }),
        accessReview: asAccessReview(VirtualMachineCloneModel, 'create', namespace),
        disabled: clone.disabled,
        disabledTooltip: reasonText(clone, 'clone', snapshot),
      },
      {
        id: 'vdp-snapshot-delete',
        label: t('Delete snapshot'),
        cta: () => launchOverlay(LazyDeleteSnapshotModal, { snapshot }),
        accessReview: asAccessReview(VirtualMachineSnapshotModel, 'delete', namespace, name),
        disabled: remove.disabled,
        disabledTooltip: reasonText(remove, 'delete', snapshot),
      },
      // Our provider replaces the console's default actions on its generic list
      // (console-runtime.md §5), so they are offered here; "Delete snapshot" stands for Delete.
      {
        id: 'vdp-snapshot-edit-labels',
        label: t('Edit labels'),
        cta: editLabels,
        accessReview: asAccessReview(VirtualMachineSnapshotModel, 'patch', namespace, name),
      },
      {
        id: 'vdp-snapshot-edit-annotations',
        label: t('Edit annotations'),
        cta: editAnnotations,
        accessReview: asAccessReview(VirtualMachineSnapshotModel, 'patch', namespace, name),
      },
      {
        id: 'vdp-snapshot-edit',
        label: t('Edit VirtualMachineSnapshot'),
        cta: {
          href: `/k8s/ns/${namespace ?? ''}/${toModelRef(VirtualMachineSnapshotModel)}/${name ?? ''}/yaml`,
        },
        accessReview: asAccessReview(VirtualMachineSnapshotModel, 'update', namespace, name),
      },
    ];
  }, [editAnnotations, editLabels, input, launchOverlay, reasonText, snapshot, t, vmError]);

  return [actions, loaded, undefined];
};

/** `console.action/resource-provider` for VirtualMachineSnapshot (details page, lists). */
export const useSnapshotActions = (snapshot: V1beta1VirtualMachineSnapshot) =>
  useSnapshotActionList(snapshot, true);

export default useSnapshotActions;
