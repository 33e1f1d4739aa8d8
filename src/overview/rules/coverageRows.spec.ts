import { vmLabelKey } from '@backups/scope/productLabels';
import { HOUR, NOW, backup, schedule, snapshot, vm } from './coverageFixtures';
import type { CoverageInput } from './coverageRows';
import { coverageCounts, coverageRows, coverageState } from './coverageRows';

const DAY = 24 * HOUR;
const input = (change: Partial<CoverageInput>): CoverageInput => ({
  vms: [],
  snapshots: [],
  backups: [],
  schedules: [],
  now: NOW,
  staleAfterMs: 2 * DAY,
  ...change,
});

describe('coverageState', () => {
  const point = (hours: number) => ({ name: 'p', at: NOW - hours * HOUR });
  test('fresh is protected, older than the threshold is stale, none is unprotected', () => {
    expect(coverageState(point(47), true, NOW, 2 * DAY)).toBe('protected');
    expect(coverageState(point(48), true, NOW, 2 * DAY)).toBe('protected');
    expect(coverageState(point(49), true, NOW, 2 * DAY)).toBe('stale');
    expect(coverageState(undefined, true, NOW, 2 * DAY)).toBe('unprotected');
  });
  test('backups unknown: a fresh snapshot still protects; otherwise unknown, never unprotected', () => {
    expect(coverageState(point(1), false, NOW, 2 * DAY)).toBe('protected');
    expect(coverageState(point(72), false, NOW, 2 * DAY)).toBe('unknown');
    expect(coverageState(undefined, false, NOW, 2 * DAY)).toBe('unknown');
  });
});

describe('coverageRows', () => {
  const vms = [
    vm('demo', 'fresh'),
    vm('demo', 'old-backup'),
    vm('demo', 'nothing'),
    vm('demo', 'snap-only'),
    vm('demo', 'older-still'),
  ];
  const backups = [
    backup('b-fresh', { hoursAgo: 3, vms: [['demo', 'fresh']] }),
    backup('b-old', { hoursAgo: 80, vms: [['demo', 'old-backup']] }),
    backup('b-older', { hoursAgo: 200, vms: [['demo', 'older-still']] }),
  ];
  const snapshots = [snapshot('demo', 's1', 'snap-only', { hoursAgo: 10 })];

  test('unprotected first, then stale (oldest first), then protected; the newer point is the last good', () => {
    const rows = coverageRows(input({ vms, backups, snapshots }));
    expect(rows.map((r) => [r.vm.name, r.state, r.lastGood?.name])).toEqual([
      ['nothing', 'unprotected', undefined],
      ['older-still', 'stale', 'b-older'],
      ['old-backup', 'stale', 'b-old'],
      ['snap-only', 'protected', 's1'],
      ['fresh', 'protected', 'b-fresh'],
    ]);
    expect(coverageCounts(rows)).toEqual({ unprotected: 1, stale: 2, unknown: 0, protected: 2 });
  });

  test('the threshold the user sets moves VMs between stale and protected', () => {
    const rows = coverageRows(input({ vms, backups, snapshots, staleAfterMs: 100 * HOUR }));
    expect(coverageCounts(rows)).toEqual({ unprotected: 1, stale: 1, unknown: 0, protected: 3 });
  });

  test('backups unreadable: backup side unknown, snapshot side still works', () => {
    const rows = coverageRows(input({ vms, backups: undefined, schedules: undefined, snapshots }));
    const snapOnly = rows.find((r) => r.vm.name === 'snap-only');
    expect(snapOnly).toMatchObject({
      state: 'protected',
      backupsKnown: false,
      schedulesKnown: false,
    });
    expect(snapOnly?.snapshot?.name).toBe('s1');
    expect(
      rows
        .filter((r) => r.state === 'unknown')
        .map((r) => r.vm.name)
        .sort(),
    ).toEqual(['fresh', 'nothing', 'old-backup', 'older-still']);
    expect(rows.some((r) => r.state === 'unprotected' || r.backup)).toBe(false);
  });

  test('one VM name in two namespaces: two rows, each with its own backups', () => {
    const rows = coverageRows(
      input({
        vms: [vm('demo', 'web'), vm('prod', 'web')],
        backups: [backup('prod-web', { hoursAgo: 1, vms: [['prod', 'web']] })],
      }),
    );
    expect(rows.map((r) => [r.key, r.state, r.backup?.name])).toEqual([
      ['demo/web', 'unprotected', undefined],
      ['prod/web', 'protected', 'prod-web'],
    ]);
  });
});

describe('covering schedules and the next run', () => {
  const web = vm('demo', 'fedora-web');
  const from = (schedules: ReturnType<typeof schedule>[]) =>
    coverageRows(input({ vms: [web], schedules }))[0];

  test('the soonest run of an active schedule; a paused one is listed but has no next run', () => {
    const row = from([
      schedule(
        'nightly',
        { includedNamespaces: ['demo'] },
        { cron: '0 2 * * *', lastBackupHoursAgo: 10 },
      ),
      schedule(
        'hourly',
        { includedNamespaces: ['demo'] },
        { cron: '30 * * * *', lastBackupHoursAgo: 0.25 },
      ),
      schedule('paused', { includedNamespaces: ['demo'] }, { cron: '*/5 * * * *', paused: true }),
      schedule('prod', { includedNamespaces: ['prod'] }, { cron: '*/5 * * * *' }),
    ]);
    expect(row?.schedules).toEqual([
      { name: 'hourly', paused: false, nextRun: new Date('2026-12-02T12:30:00Z') },
      { name: 'nightly', paused: false, nextRun: new Date('2026-12-03T02:00:00Z') },
      { name: 'paused', paused: true },
    ]);
    expect(row?.nextRun).toEqual(new Date('2026-12-02T12:30:00Z'));
  });

  test('only paused schedules: nothing runs going forward, and a VM with no backup stays unprotected', () => {
    const row = from([schedule('paused', { includedNamespaces: ['demo'] }, { paused: true })]);
    expect(row?.nextRun).toBeUndefined();
    expect(row?.state).toBe('unprotected');
  });

  test('a schedule whose template names other VMs does not cover this one', () => {
    const other = {
      includedNamespaces: ['demo'],
      metadata: { labels: { [vmLabelKey('rhel9-db')]: 'demo' } },
    };
    expect(from([schedule('db', other)])?.schedules).toEqual([]);
  });
});
