/**
 * The overview's "Recent failures": backups, Velero restores and VM snapshots that failed in
 * the last 24 hours, newest first. A PartiallyFailed backup or restore is listed too (it may
 * have lost exactly the disk that matters); FailedValidation never started at all.
 */
import type { VeleroBackup } from '@backups/k8s/types';
import type { VeleroRestore } from '@backups/restores/build/restoreTypes';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { getSnapshotStatus } from '@snapshots/status/snapshotStatus';

export const RECENT_MS = 24 * 3600 * 1000;

export type FailureKind = 'Backup' | 'Restore' | 'VirtualMachineSnapshot';

export type RecentFailure = {
  kind: FailureKind;
  name: string;
  namespace: string;
  phase: string;
  at: number;
  reason?: string;
};

const VELERO_FAILED = new Set(['Failed', 'PartiallyFailed', 'FailedValidation']);

const time = (...values: (string | undefined)[]): number | undefined => {
  for (const value of values) {
    const at = value ? Date.parse(value) : NaN;
    if (!Number.isNaN(at)) return at;
  }
  return undefined;
};

type VeleroObject = VeleroBackup | VeleroRestore;

const veleroFailure = (kind: FailureKind, object: VeleroObject): RecentFailure | undefined => {
  const status = object.status;
  const phase = status?.phase ?? '';
  if (!VELERO_FAILED.has(phase)) return undefined;
  const at = time(
    status?.completionTimestamp,
    status?.startTimestamp,
    object.metadata?.creationTimestamp,
  );
  if (at === undefined) return undefined;
  const reason = status?.failureReason ?? status?.validationErrors?.join('; ');
  return {
    kind,
    name: object.metadata?.name ?? '',
    namespace: object.metadata?.namespace ?? '',
    phase,
    at,
    ...(reason ? { reason } : {}),
  };
};

const snapshotFailure = (snapshot: V1beta1VirtualMachineSnapshot): RecentFailure | undefined => {
  const status = getSnapshotStatus(snapshot);
  if (status.state !== 'Failed') return undefined;
  // The error's time when KubeVirt set one; else when the snapshot was asked for.
  const at = time(snapshot.status?.error?.time, snapshot.metadata?.creationTimestamp);
  if (at === undefined) return undefined;
  return {
    kind: 'VirtualMachineSnapshot',
    name: snapshot.metadata?.name ?? '',
    namespace: snapshot.metadata?.namespace ?? '',
    phase: 'Failed',
    at,
    ...(status.detail ? { reason: status.detail } : {}),
  };
};

export const recentFailures = (
  input: {
    backups: VeleroBackup[];
    restores: VeleroRestore[];
    snapshots: V1beta1VirtualMachineSnapshot[];
  },
  now: number,
): RecentFailure[] =>
  [
    ...input.backups.map((b) => veleroFailure('Backup', b)),
    ...input.restores.map((r) => veleroFailure('Restore', r)),
    ...input.snapshots.map(snapshotFailure),
  ]
    .filter((f): f is RecentFailure => !!f && now - f.at <= RECENT_MS && f.at <= now + 60_000)
    .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name));
