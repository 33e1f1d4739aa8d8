import { makeSnapshot } from '../../test-utils/fixtures';
import { getIndications } from './indications';

describe('getIndications', () => {
  it('reads sourceIndications with their messages', () => {
    const snapshot = makeSnapshot('s', 'vm', {
      sourceIndications: [
        { indication: 'Online', message: 'online' },
        { indication: 'NoGuestAgent', message: 'no agent' },
      ],
    });
    expect(getIndications(snapshot)).toEqual([
      { name: 'Online', message: 'online', severity: 'info' },
      { name: 'NoGuestAgent', message: 'no agent', severity: 'warning' },
    ]);
  });

  it('falls back to the legacy indications list', () => {
    const snapshot = makeSnapshot('s', 'vm', { indications: ['Online', 'QuiesceFailed'] });
    expect(getIndications(snapshot)).toEqual([
      { name: 'Online', message: undefined, severity: 'info' },
      { name: 'QuiesceFailed', message: undefined, severity: 'danger' },
    ]);
  });

  it('marks quiesce timeouts, pauses and partial snapshots as problems', () => {
    const snapshot = makeSnapshot('s', 'vm', {
      indications: ['QuiesceTimeout', 'Paused', 'PartialSnapshot'],
    });
    expect(getIndications(snapshot).map((i) => i.severity)).toEqual([
      'danger',
      'warning',
      'warning',
    ]);
  });

  it('is empty for an offline snapshot', () => {
    expect(getIndications(makeSnapshot('s', 'vm', { phase: 'Succeeded' }))).toEqual([]);
  });
});
