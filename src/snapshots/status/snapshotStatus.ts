import type { V1beta1Condition, V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

/**
 * What a snapshot's status means to a user. The controller's phase alone is not enough:
 * Succeeded does not imply readyToUse, Unknown is never set, and a snapshot of a missing
 * VM stays InProgress with Progressing=False (research/kubevirt-snapshots.md §2.2).
 */
export type SnapshotState = 'Ready' | 'NotReady' | 'InProgress' | 'Failed' | 'Deleting' | 'Unknown';

export type SnapshotStatusInfo = {
  state: SnapshotState;
  /** Why: the Progressing reason, the error message, or the Ready condition's reason. */
  detail?: string;
};

export const condition = (
  conditions: V1beta1Condition[] | undefined,
  type: string,
): V1beta1Condition | undefined => conditions?.find((c) => c.type === type);

const text = (c: V1beta1Condition | undefined): string | undefined =>
  c?.message || c?.reason || undefined;

export const getSnapshotStatus = (snapshot: V1beta1VirtualMachineSnapshot): SnapshotStatusInfo => {
  const status = snapshot.status;
  if (snapshot.metadata?.deletionTimestamp || status?.phase === 'Deleting') {
    return { state: 'Deleting' };
  }
  const errorMessage = status?.error?.message;
  switch (status?.phase) {
    case 'Failed':
      return {
        state: 'Failed',
        detail: errorMessage ?? text(condition(status.conditions, 'Failure')),
      };
    case 'Succeeded':
      return status.readyToUse
        ? { state: 'Ready' }
        : {
            state: 'NotReady',
            detail: errorMessage ?? text(condition(status.conditions, 'Ready')),
          };
    case 'InProgress': {
      const progressing = condition(status.conditions, 'Progressing');
      return { state: 'InProgress', detail: errorMessage ?? progressing?.reason ?? undefined };
    }
    default:
      // No status yet, or a phase this UI does not know: never shown as success.
      return { state: 'Unknown', detail: status?.phase || undefined };
  }
};

/** Restore and Create VM need a finished, usable snapshot (§2.4). */
export const isSnapshotUsable = (snapshot: V1beta1VirtualMachineSnapshot): boolean =>
  snapshot.status?.phase === 'Succeeded' && snapshot.status.readyToUse === true;

/** `status.creationTime`, else `metadata.creationTimestamp`. */
export const snapshotCreated = (snapshot: V1beta1VirtualMachineSnapshot): string | undefined =>
  snapshot.status?.creationTime ?? snapshot.metadata?.creationTimestamp;
