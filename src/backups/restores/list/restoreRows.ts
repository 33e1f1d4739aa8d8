import type { VeleroRestore } from '../build/restoreTypes';

/**
 * What a Restore's phase means (Velero 1.16 `restore_types.go`, research/oadp-velero.md §2.3)
 * and its numbers as the list shows them. Items are an estimate until the restore is done:
 * Velero counts in two passes and `totalItems` grows (velero#5990).
 */
export type RestoreMeaning =
  | 'waiting'
  | 'refused'
  | 'restoring'
  | 'downloading'
  | 'finishing'
  | 'done'
  | 'partial'
  | 'failed'
  | 'unknown';

const MEANING: Record<string, RestoreMeaning> = {
  '': 'waiting',
  New: 'waiting',
  FailedValidation: 'refused',
  InProgress: 'restoring',
  WaitingForPluginOperations: 'downloading',
  WaitingForPluginOperationsPartiallyFailed: 'downloading',
  Finalizing: 'finishing',
  FinalizingPartiallyFailed: 'finishing',
  Completed: 'done',
  PartiallyFailed: 'partial',
  Failed: 'failed',
};

const TERMINAL = new Set<RestoreMeaning>(['refused', 'done', 'partial', 'failed']);

export type RestoreRow = {
  name: string;
  namespace: string;
  phase: string;
  meaning: RestoreMeaning;
  terminal: boolean;
  source: string;
  started?: string;
  durationMs?: number;
  items: { restored: number; total: number; estimate: boolean } | undefined;
  errors: number;
  warnings: number;
};

export const restoreRow = (restore: VeleroRestore, now: number): RestoreRow => {
  const phase = restore.status?.phase ?? '';
  const meaning = MEANING[phase] ?? 'unknown';
  const terminal = TERMINAL.has(meaning);
  const started = restore.status?.startTimestamp;
  const end = restore.status?.completionTimestamp
    ? Date.parse(restore.status.completionTimestamp)
    : now;
  const progress = restore.status?.progress;
  return {
    name: restore.metadata?.name ?? '',
    namespace: restore.metadata?.namespace ?? '',
    phase,
    meaning,
    terminal,
    source: restore.spec?.backupName || restore.spec?.scheduleName || '',
    ...(started ? { started, durationMs: end - Date.parse(started) } : {}),
    items: progress
      ? {
          restored: progress.itemsRestored ?? 0,
          total: progress.totalItems ?? 0,
          estimate: !terminal,
        }
      : undefined,
    errors: restore.status?.errors ?? 0,
    warnings: restore.status?.warnings ?? 0,
  };
};
