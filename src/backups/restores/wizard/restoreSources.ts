import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { VeleroBackup } from '../../k8s/types';
import { backupCoversVM } from '../../scope/vmInBackup';
import { getBackupStatus } from '../../status/backupStatus';

const SCHEDULE_LABEL = 'velero.io/schedule-name';

const startedAt = (b: VeleroBackup) =>
  Date.parse(b.status?.startTimestamp ?? b.metadata?.creationTimestamp ?? '') || 0;

/** Backups a restore can use (Completed, or PartiallyFailed with what it holds), newest first. */
export const restorableBackups = (backups: VeleroBackup[]): VeleroBackup[] =>
  backups.filter((b) => getBackupStatus(b).restorable).sort((a, b) => startedAt(b) - startedAt(a));

/**
 * What Velero restores for `scheduleName`: the schedule's newest Completed backup, by start
 * time (Velero 1.16 `restore_controller.go` `mostRecentCompletedBackup`).
 */
export const latestOfSchedule = (
  backups: VeleroBackup[],
  schedule: string,
): VeleroBackup | undefined =>
  backups
    .filter((b) => b.metadata?.labels?.[SCHEDULE_LABEL] === schedule)
    .filter((b) => b.status?.phase === 'Completed')
    .sort((a, b) => startedAt(b) - startedAt(a))[0];

/** Restorable backups that hold the VM (by product labels or scope). */
export const backupsHolding = (backups: VeleroBackup[], vm: K8sResourceCommon): VeleroBackup[] =>
  restorableBackups(backups).filter((b) => backupCoversVM(b, vm) !== false);
