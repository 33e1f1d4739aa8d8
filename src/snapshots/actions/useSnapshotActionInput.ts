import { useAccess } from '@shared/hooks/useAccess';
import {
  VirtualMachineCloneModel,
  VirtualMachineRestoreModel,
  VirtualMachineSnapshotModel,
} from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useMemo } from 'react';
import { useSnapshotContent } from '../hooks/useSnapshotContent';
import { useNamespaceRestores } from '../hooks/useSnapshotRestores';
import { useSourceVM } from '../hooks/useSourceVM';
import type { SnapshotActionInput } from './snapshotActionGates';

export type SnapshotActionData = {
  input: SnapshotActionInput;
  loaded: boolean;
  /** Why the source VM could not be read (other than "not found"). */
  vmError?: Error;
};

/**
 * Everything the snapshot actions are gated on. The watches are per namespace (or per VM),
 * so every row of a table shares the same few connections. `readContent` false (the tab's
 * rows) gates on the snapshot's status alone; the dialogs read the content and re-check.
 */
export const useSnapshotActionInput = (
  snapshot: V1beta1VirtualMachineSnapshot,
  readContent = true,
): SnapshotActionData => {
  const namespace = snapshot.metadata?.namespace;
  const { vm, error: vmError } = useSourceVM(snapshot);
  const restores = useNamespaceRestores(namespace);
  const content = useSnapshotContent(readContent ? snapshot : undefined);
  const canRestore = useAccess(VirtualMachineRestoreModel, 'create', namespace);
  const canClone = useAccess(VirtualMachineCloneModel, 'create', namespace);
  const canDelete = useAccess(VirtualMachineSnapshotModel, 'delete', namespace);
  const [restore, clone, del] = [canRestore.allowed, canClone.allowed, canDelete.allowed];
  const input = useMemo(
    () => ({
      snapshot,
      vm,
      restores: restores.data,
      content: content.data,
      can: { restore, clone, delete: del },
    }),
    [snapshot, vm, restores.data, content.data, restore, clone, del],
  );
  const loaded =
    (restores.loaded || !!restores.error) &&
    (!readContent || content.loaded || !!content.error) &&
    !canRestore.loading &&
    !canClone.loading &&
    !canDelete.loading;
  return { input, loaded, vmError };
};
