import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { isRestoreFailed } from './lastRestored';
import { condition } from './snapshotStatus';

/**
 * What a VirtualMachineRestore is doing. The controller sets Progressing=False both while it
 * waits for the target to stop and when it retries after an error; only Failure=True is final
 * (research/kubevirt-snapshots.md §2.4).
 */
export type RestoreState = 'Complete' | 'Failed' | 'Waiting' | 'InProgress' | 'Deleting';

export type RestoreStateInfo = {
  state: RestoreState;
  /** The condition reason (the controller puts its text there) or message. */
  detail?: string;
};

export const getRestoreState = (restore: V1beta1VirtualMachineRestore): RestoreStateInfo => {
  const conditions = restore.status?.conditions;
  const text = (type: string) => {
    const c = condition(conditions, type);
    return c?.reason || c?.message || undefined;
  };
  if (restore.status?.complete === true) {
    return { state: 'Complete' };
  }
  if (restore.metadata?.deletionTimestamp) {
    return { state: 'Deleting' };
  }
  if (isRestoreFailed(restore)) {
    return { state: 'Failed', detail: text('Failure') ?? text('Ready') };
  }
  const progressing = condition(conditions, 'Progressing');
  if (progressing?.status === 'False') {
    return { state: 'Waiting', detail: text('Progressing') };
  }
  return { state: 'InProgress', detail: text('Progressing') };
};

/** Still working on its own: the user should wait rather than delete it. */
export const isRestoreRunning = (restore: V1beta1VirtualMachineRestore): boolean =>
  getRestoreState(restore).state === 'InProgress';

/** Restores that used `snapshotName`, newest first. */
export const restoresOfSnapshot = (
  restores: V1beta1VirtualMachineRestore[],
  snapshotName: string,
): V1beta1VirtualMachineRestore[] =>
  restores
    .filter((r) => r.spec?.virtualMachineSnapshotName === snapshotName)
    .sort(
      (a, b) =>
        Date.parse(b.metadata?.creationTimestamp ?? '') -
        Date.parse(a.metadata?.creationTimestamp ?? ''),
    );
