import { makeRestore } from '../../test-utils/fixtures';
import { getRestoreState, isRestoreRunning, restoresOfSnapshot } from './restoreState';

const cond = (type: string, status: string, reason: string) => ({ type, status, reason });

describe('getRestoreState', () => {
  it('is Complete once status.complete is true', () => {
    const r = makeRestore('r', 's', 'vm-a', { complete: true, restoreTime: 't' });
    expect(getRestoreState(r)).toEqual({ state: 'Complete' });
  });

  it('is InProgress without status, with the Progressing reason once set', () => {
    expect(getRestoreState(makeRestore('r', 's', 'vm-a'))).toEqual({
      state: 'InProgress',
      detail: undefined,
    });
    const r = makeRestore('r', 's', 'vm-a', {
      complete: false,
      conditions: [cond('Progressing', 'True', 'Creating new PVCs')],
    });
    expect(getRestoreState(r)).toEqual({ state: 'InProgress', detail: 'Creating new PVCs' });
    expect(isRestoreRunning(r)).toBe(true);
  });

  it('is Failed with the Failure reason when Failure=True', () => {
    const r = makeRestore('r', 's', 'vm-a', {
      complete: false,
      conditions: [
        cond('Progressing', 'False', 'Operation failed'),
        cond('Failure', 'True', 'Restore target failed to be ready within 5m0s'),
      ],
    });
    expect(getRestoreState(r)).toEqual({
      state: 'Failed',
      detail: 'Restore target failed to be ready within 5m0s',
    });
    expect(isRestoreRunning(r)).toBe(false);
  });

  it('is Waiting when Progressing=False without a failure (target running, or an error retried)', () => {
    const r = makeRestore('r', 's', 'vm-a', {
      complete: false,
      conditions: [cond('Progressing', 'False', 'VMSnapshot ns/s not ready')],
    });
    expect(getRestoreState(r)).toEqual({ state: 'Waiting', detail: 'VMSnapshot ns/s not ready' });
    expect(isRestoreRunning(r)).toBe(false);
  });

  it('is Deleting when marked for deletion and not complete', () => {
    const r = makeRestore('r', 's', 'vm-a', { complete: false });
    r.metadata = { ...r.metadata, deletionTimestamp: '2026-11-01T10:00:00Z' };
    expect(getRestoreState(r).state).toBe('Deleting');
  });
});

describe('restoresOfSnapshot', () => {
  it('keeps the restores of one snapshot, newest first', () => {
    const older = makeRestore('older', 's', 'vm-a');
    older.metadata = { ...older.metadata, creationTimestamp: '2026-11-01T10:00:00Z' };
    const newer = makeRestore('newer', 's', 'vm-b');
    newer.metadata = { ...newer.metadata, creationTimestamp: '2026-11-02T10:00:00Z' };
    const other = makeRestore('other', 'x', 'vm-a');
    expect(restoresOfSnapshot([older, other, newer], 's').map((r) => r.metadata?.name)).toEqual([
      'newer',
      'older',
    ]);
  });
});
