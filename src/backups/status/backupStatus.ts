import type { VeleroBackup } from '../k8s/types';

/**
 * What a backup's phase means to a user (research/oadp-velero.md §2.1). Every phase Velero
 * can set, including 1.18's queue phases; anything else is shown as unknown, never as success.
 */
export type BackupState =
  | 'New'
  | 'Queued'
  | 'ReadyToStart'
  | 'FailedValidation'
  | 'InProgress'
  | 'WaitingForPluginOperations'
  | 'WaitingForPluginOperationsPartiallyFailed'
  | 'Finalizing'
  | 'FinalizingPartiallyFailed'
  | 'Completed'
  | 'PartiallyFailed'
  | 'Failed'
  | 'Deleting'
  | 'Unknown';

export const BACKUP_STATES: readonly BackupState[] = [
  'New',
  'Queued',
  'ReadyToStart',
  'FailedValidation',
  'InProgress',
  'WaitingForPluginOperations',
  'WaitingForPluginOperationsPartiallyFailed',
  'Finalizing',
  'FinalizingPartiallyFailed',
  'Completed',
  'PartiallyFailed',
  'Failed',
  'Deleting',
  'Unknown',
];

export type BackupTone = 'success' | 'warning' | 'danger' | 'progress' | 'unknown';

export type BackupStatusInfo = {
  state: BackupState;
  tone: BackupTone;
  /** Finished: no more change expected (except deletion). */
  terminal: boolean;
  /** A restore can use it (PartiallyFailed: with what it holds). */
  restorable: boolean;
  /** Why: validation errors, failure reason, queue position, the raw unknown phase. */
  detail?: string;
};

const TONE: Record<BackupState, BackupTone> = {
  New: 'progress',
  Queued: 'progress',
  ReadyToStart: 'progress',
  FailedValidation: 'danger',
  InProgress: 'progress',
  WaitingForPluginOperations: 'progress',
  WaitingForPluginOperationsPartiallyFailed: 'warning',
  Finalizing: 'progress',
  FinalizingPartiallyFailed: 'warning',
  Completed: 'success',
  PartiallyFailed: 'warning',
  Failed: 'danger',
  Deleting: 'progress',
  Unknown: 'unknown',
};

const TERMINAL = new Set<BackupState>([
  'FailedValidation',
  'Completed',
  'PartiallyFailed',
  'Failed',
]);

const isKnown = (phase: string): phase is BackupState =>
  (BACKUP_STATES as readonly string[]).includes(phase) && phase !== 'Unknown';

export const getBackupStatus = (backup: VeleroBackup, deleting = false): BackupStatusInfo => {
  const status = backup.status;
  const phase = status?.phase ?? '';
  // A pending DeleteBackupRequest or a deletionTimestamp shows as Deleting before Velero says so.
  const state: BackupState =
    deleting || backup.metadata?.deletionTimestamp
      ? 'Deleting'
      : phase === ''
        ? 'New'
        : isKnown(phase)
          ? phase
          : 'Unknown';
  const detail =
    state === 'FailedValidation'
      ? status?.validationErrors?.join('; ')
      : state === 'Failed'
        ? status?.failureReason
        : state === 'Queued' && status?.queuePosition
          ? String(status.queuePosition)
          : state === 'Unknown'
            ? phase
            : undefined;
  return {
    state,
    tone: TONE[state],
    terminal: TERMINAL.has(state),
    restorable: state === 'Completed' || state === 'PartiallyFailed',
    ...(detail ? { detail } : {}),
  };
};

/** Duration in ms from start to completion (or to `now` while running); undefined before start. */
export const backupDuration = (backup: VeleroBackup, now: number): number | undefined => {
  const start = Date.parse(backup.status?.startTimestamp ?? '');
  if (Number.isNaN(start)) return undefined;
  const end = Date.parse(backup.status?.completionTimestamp ?? '');
  return (Number.isNaN(end) ? now : end) - start;
};
