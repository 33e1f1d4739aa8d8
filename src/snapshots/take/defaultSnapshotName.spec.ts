import { dns1123LabelProblem } from '@shared/validation/dns1123';
import { defaultSnapshotName, snapshotTimestamp } from './defaultSnapshotName';

// Local time, as the user sees it.
const at = new Date(2026, 0, 2, 3, 4, 5);
const afternoon = new Date(2026, 10, 22, 23, 59, 9);

describe('snapshotTimestamp', () => {
  it('formats yyyyMMdd-HHmmss with zero padding', () => {
    expect(snapshotTimestamp(at)).toBe('20260102-030405');
  });

  it('uses the 24-hour clock', () => {
    expect(snapshotTimestamp(afternoon)).toBe('20261122-235909');
  });

  it('writes midnight as 00, not 24', () => {
    expect(snapshotTimestamp(new Date(2026, 5, 30, 0, 0, 0))).toBe('20260630-000000');
  });
});

describe('defaultSnapshotName', () => {
  it('is <vm>-snapshot-<timestamp>', () => {
    expect(defaultSnapshotName('vm-a', at)).toBe('vm-a-snapshot-20260102-030405');
  });

  it('cuts a long VM name so the result is exactly 63 characters and valid', () => {
    const name = defaultSnapshotName('a'.repeat(63), at);
    expect(name).toBe(`${'a'.repeat(38)}-snapshot-20260102-030405`);
    expect(name).toHaveLength(63);
    expect(dns1123LabelProblem(name)).toBeUndefined();
  });

  it('does not leave a double dash where the cut VM name ends in "-"', () => {
    // 37 letters then "-": the cut at 38 characters would end on the dash.
    const name = defaultSnapshotName(`${'b'.repeat(37)}-rest-of-the-name`, at);
    expect(name).toBe(`${'b'.repeat(37)}-snapshot-20260102-030405`);
    expect(dns1123LabelProblem(name)).toBeUndefined();
  });

  it('keeps a VM name that fits as it is', () => {
    const vm = 'c'.repeat(38);
    expect(defaultSnapshotName(vm, at)).toBe(`${vm}-snapshot-20260102-030405`);
  });
});
