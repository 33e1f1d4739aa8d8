import type { VeleroBackup } from '../k8s/types';
import { BACKUP_STATES, backupDuration, getBackupStatus } from './backupStatus';

const backup = (
  status: VeleroBackup['status'],
  extra: Partial<VeleroBackup> = {},
): VeleroBackup => ({
  metadata: { name: 'b', namespace: 'openshift-adp' },
  ...(status ? { status } : {}),
  ...extra,
});

test.each([
  ['New', 'progress', false, false],
  ['Queued', 'progress', false, false],
  ['ReadyToStart', 'progress', false, false],
  ['FailedValidation', 'danger', true, false],
  ['InProgress', 'progress', false, false],
  ['WaitingForPluginOperations', 'progress', false, false],
  ['WaitingForPluginOperationsPartiallyFailed', 'warning', false, false],
  ['Finalizing', 'progress', false, false],
  ['FinalizingPartiallyFailed', 'warning', false, false],
  ['Completed', 'success', true, true],
  ['PartiallyFailed', 'warning', true, true],
  ['Failed', 'danger', true, false],
  ['Deleting', 'progress', false, false],
])('phase %s → tone %s, terminal %s, restorable %s', (phase, tone, terminal, restorable) => {
  expect(getBackupStatus(backup({ phase }))).toMatchObject({
    state: phase,
    tone,
    terminal,
    restorable,
  });
});

test('every state but Unknown is a phase mapped to itself', () => {
  for (const state of BACKUP_STATES.filter((s) => s !== 'Unknown'))
    expect(getBackupStatus(backup({ phase: state })).state).toBe(state);
});

test('no status yet is New; an unknown phase is neutral with the raw phase as detail', () => {
  expect(getBackupStatus(backup(undefined)).state).toBe('New');
  expect(getBackupStatus(backup({ phase: 'Exploded' }))).toEqual({
    state: 'Unknown',
    tone: 'unknown',
    terminal: false,
    restorable: false,
    detail: 'Exploded',
  });
});

test('details: validation errors, failure reason, queue position', () => {
  expect(
    getBackupStatus(backup({ phase: 'FailedValidation', validationErrors: ['a', 'b'] })).detail,
  ).toBe('a; b');
  expect(getBackupStatus(backup({ phase: 'Failed', failureReason: 'bucket lost' })).detail).toBe(
    'bucket lost',
  );
  expect(getBackupStatus(backup({ phase: 'Queued', queuePosition: 3 })).detail).toBe('3');
  expect(getBackupStatus(backup({ phase: 'Completed' })).detail).toBeUndefined();
});

test('a pending delete request or a deletionTimestamp shows Deleting over the phase', () => {
  expect(getBackupStatus(backup({ phase: 'Completed' }), true).state).toBe('Deleting');
  expect(
    getBackupStatus(
      backup(
        { phase: 'Completed' },
        { metadata: { name: 'b', deletionTimestamp: '2026-01-01T00:00:00Z' } },
      ),
    ).state,
  ).toBe('Deleting');
});

test('duration: until completion, or until now while running', () => {
  const started = { startTimestamp: '2026-01-01T00:00:00Z' };
  expect(
    backupDuration(backup({ ...started, completionTimestamp: '2026-01-01T00:04:52Z' }), 0),
  ).toBe(292_000);
  expect(backupDuration(backup(started), Date.parse('2026-01-01T00:01:00Z'))).toBe(60_000);
  expect(backupDuration(backup({}), 0)).toBeUndefined();
});
