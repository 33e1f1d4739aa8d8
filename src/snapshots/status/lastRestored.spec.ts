import { makeRestore } from '../../test-utils/fixtures';
import { incompleteRestores, isRestoreFailed, lastRestoreTimes } from './lastRestored';

describe('lastRestoreTimes', () => {
  it('takes the latest restoreTime, whatever the order, ignoring unfinished ones', () => {
    const restores = [
      makeRestore('r2', 'S', 'vm-a', { complete: false }),
      makeRestore('r1', 'S', 'vm-a', { complete: true, restoreTime: '2026-11-01T10:00:00Z' }),
      makeRestore('r3', 'S', 'vm-a', { complete: true, restoreTime: '2026-11-03T10:00:00Z' }),
    ];
    expect(lastRestoreTimes(restores, 'vm-a').get('S')).toBe('2026-11-03T10:00:00Z');
  });

  it('ignores restores into other VMs, such as a clone’s tmp-restore', () => {
    const restores = [
      makeRestore('tmp-restore-x', 'S', 'vm-clone', {
        complete: true,
        restoreTime: '2026-11-05T10:00:00Z',
      }),
    ];
    expect(lastRestoreTimes(restores, 'vm-a').has('S')).toBe(false);
  });
});

describe('incompleteRestores / isRestoreFailed', () => {
  it('lists restores of the VM that are not complete, failed ones included', () => {
    const failed = makeRestore('r-failed', 'S', 'vm-a', {
      complete: false,
      conditions: [{ type: 'Failure', status: 'True', reason: 'grace period exceeded' }],
    });
    const done = makeRestore('r-done', 'S', 'vm-a', { complete: true });
    const other = makeRestore('r-other', 'S', 'vm-b', { complete: false });
    expect(incompleteRestores([failed, done, other], 'vm-a')).toEqual([failed]);
    expect(isRestoreFailed(failed)).toBe(true);
    expect(isRestoreFailed(done)).toBe(false);
  });
});
