/**
 * What counts as a "last good" restore point for the overview (issue 14, DESIGN §6 "Overview").
 * A snapshot is good when KubeVirt says it can be restored (phase Succeeded and readyToUse;
 * Succeeded alone is not enough, research/kubevirt-snapshots.md §2.2). A backup is good only
 * when Completed, not expired and not being deleted. PartiallyFailed does not count: Velero
 * files most disk errors under `velero` with the PVC only in the message, so without
 * downloading its results we cannot tell whether this VM's disks are the ones that failed
 * (research/oadp-velero.md §2.1); the row says when such a backup is newer than the last good.
 */
import type { VeleroBackup } from '@backups/k8s/types';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { isSnapshotUsable, snapshotCreated } from '@snapshots/status/snapshotStatus';

export type RestorePoint = { name: string; at: number };

const time = (value: string | undefined): number | undefined => {
  const at = value ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : at;
};

/** When a backup finished: completion, else start, else creation (a backup made by hand). */
export const backupFinishedAt = (backup: VeleroBackup): number | undefined =>
  time(backup.status?.completionTimestamp) ??
  time(backup.status?.startTimestamp) ??
  time(backup.metadata?.creationTimestamp);

const gone = (backup: VeleroBackup, now: number): boolean => {
  const expires = time(backup.status?.expiration);
  return (
    !!backup.metadata?.deletionTimestamp ||
    backup.status?.phase === 'Deleting' ||
    (expires !== undefined && expires <= now)
  );
};

export const isGoodBackup = (backup: VeleroBackup, now: number): boolean =>
  backup.status?.phase === 'Completed' && !gone(backup, now);

export const isPartialBackup = (backup: VeleroBackup, now: number): boolean =>
  backup.status?.phase === 'PartiallyFailed' && !gone(backup, now);

export const isGoodSnapshot = (snapshot: V1beta1VirtualMachineSnapshot): boolean =>
  isSnapshotUsable(snapshot) && !snapshot.metadata?.deletionTimestamp;

/** A restore point's name and time, or undefined when it has no usable time. */
export const pointOf = (name: string | undefined, at: number | undefined) =>
  name && at !== undefined ? { name, at } : undefined;

export const snapshotPoint = (snapshot: V1beta1VirtualMachineSnapshot): RestorePoint | undefined =>
  pointOf(snapshot.metadata?.name, time(snapshotCreated(snapshot)));

export const backupPoint = (backup: VeleroBackup): RestorePoint | undefined =>
  pointOf(backup.metadata?.name, backupFinishedAt(backup));

/** The newer of two restore points (either may be missing). */
export const newer = (
  a: RestorePoint | undefined,
  b: RestorePoint | undefined,
): RestorePoint | undefined => (!a ? b : !b ? a : b.at > a.at ? b : a);
