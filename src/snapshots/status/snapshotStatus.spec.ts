import { makeSnapshot } from '../../test-utils/fixtures';
import { getSnapshotStatus, isSnapshotUsable, snapshotCreated } from './snapshotStatus';

describe('getSnapshotStatus', () => {
  it('is Unknown, never success, when there is no status', () => {
    expect(getSnapshotStatus(makeSnapshot('s', 'vm'))).toEqual({ state: 'Unknown' });
  });

  it('keeps an unexpected phase as the detail of Unknown', () => {
    const snapshot = makeSnapshot('s', 'vm', { phase: 'Unknown' });
    expect(getSnapshotStatus(snapshot)).toEqual({ state: 'Unknown', detail: 'Unknown' });
  });

  it('shows the Progressing reason while in progress', () => {
    const snapshot = makeSnapshot('s', 'vm', {
      phase: 'InProgress',
      conditions: [{ type: 'Progressing', status: 'False', reason: 'Source does not exist' }],
    });
    expect(getSnapshotStatus(snapshot)).toEqual({
      state: 'InProgress',
      detail: 'Source does not exist',
    });
  });

  it('tells Succeeded-and-ready from Succeeded-but-not-ready', () => {
    expect(
      getSnapshotStatus(makeSnapshot('s', 'vm', { phase: 'Succeeded', readyToUse: true })),
    ).toEqual({ state: 'Ready' });
    const notReady = makeSnapshot('s', 'vm', {
      phase: 'Succeeded',
      readyToUse: false,
      error: { message: 'VolumeSnapshots (vs-1) missing' },
    });
    expect(getSnapshotStatus(notReady)).toEqual({
      state: 'NotReady',
      detail: 'VolumeSnapshots (vs-1) missing',
    });
  });

  it('shows the error message of a failed snapshot', () => {
    const failed = makeSnapshot('s', 'vm', {
      phase: 'Failed',
      error: { message: 'snapshot deadline exceeded' },
    });
    expect(getSnapshotStatus(failed)).toEqual({
      state: 'Failed',
      detail: 'snapshot deadline exceeded',
    });
  });

  it('falls back to the Failure condition when there is no error', () => {
    const failed = makeSnapshot('s', 'vm', {
      phase: 'Failed',
      conditions: [{ type: 'Failure', status: 'True', reason: 'snapshot deadline exceeded' }],
    });
    expect(getSnapshotStatus(failed).detail).toBe('snapshot deadline exceeded');
  });

  it('is Deleting for the Deleting phase or a deletionTimestamp', () => {
    expect(getSnapshotStatus(makeSnapshot('s', 'vm', { phase: 'Deleting' })).state).toBe(
      'Deleting',
    );
    const deleting = makeSnapshot('s', 'vm', { phase: 'Succeeded', readyToUse: true });
    deleting.metadata = { ...deleting.metadata, deletionTimestamp: '2026-11-01T11:00:00Z' };
    expect(getSnapshotStatus(deleting).state).toBe('Deleting');
  });
});

describe('isSnapshotUsable', () => {
  it('needs Succeeded and readyToUse', () => {
    expect(
      isSnapshotUsable(makeSnapshot('s', 'vm', { phase: 'Succeeded', readyToUse: true })),
    ).toBe(true);
    expect(
      isSnapshotUsable(makeSnapshot('s', 'vm', { phase: 'Succeeded', readyToUse: false })),
    ).toBe(false);
    expect(isSnapshotUsable(makeSnapshot('s', 'vm', { phase: 'Failed', readyToUse: true }))).toBe(
      false,
    );
  });
});

describe('snapshotCreated', () => {
  it('prefers status.creationTime over metadata.creationTimestamp', () => {
    const snapshot = makeSnapshot('s', 'vm', { creationTime: '2026-11-02T00:00:00Z' });
    expect(snapshotCreated(snapshot)).toBe('2026-11-02T00:00:00Z');
    expect(snapshotCreated(makeSnapshot('s', 'vm'))).toBe('2026-11-01T10:00:00Z');
  });
});
