import type { V1beta1VirtualMachineClone, V1beta1VirtualMachineRestore } from '@shared/k8s/types';

/** Restores from `snapshotName` that have not completed: deleting the snapshot breaks them. */
export const restoresUsing = (
  restores: V1beta1VirtualMachineRestore[],
  snapshotName: string,
): V1beta1VirtualMachineRestore[] =>
  restores.filter(
    (r) => r.spec?.virtualMachineSnapshotName === snapshotName && r.status?.complete !== true,
  );

/** Clones from `snapshotName` still at work (a deleted source fails them: SnapshotDeleted). */
export const clonesUsing = (
  clones: V1beta1VirtualMachineClone[],
  snapshotName: string,
): V1beta1VirtualMachineClone[] =>
  clones.filter(
    (c) =>
      c.spec?.source?.kind === 'VirtualMachineSnapshot' &&
      c.spec.source.name === snapshotName &&
      c.status?.phase !== 'Succeeded' &&
      c.status?.phase !== 'Failed',
  );
