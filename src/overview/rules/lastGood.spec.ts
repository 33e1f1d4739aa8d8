import { backupPointsOf, indexBackups } from './backupIndex';
import { NOW, ago, backup, snapshot, vm } from './coverageFixtures';
import { indexSnapshots, lastGoodSnapshotOf } from './snapshotIndex';

const web = vm('demo', 'fedora-web');
const pointsOf = (backups: Parameters<typeof indexBackups>[0], target = web) =>
  backupPointsOf(indexBackups(backups, NOW), target);

describe('last good backup', () => {
  test('the newest Completed backup naming the VM; failed and in-progress ones never count', () => {
    const points = pointsOf([
      backup('old', { hoursAgo: 48, vms: [['demo', 'fedora-web']] }),
      backup('newest', { hoursAgo: 5, vms: [['demo', 'fedora-web']] }),
      backup('failed', { hoursAgo: 1, phase: 'Failed', vms: [['demo', 'fedora-web']] }),
      backup('running', { hoursAgo: 0, phase: 'InProgress', vms: [['demo', 'fedora-web']] }),
    ]);
    expect(points).toEqual({ good: { name: 'newest', at: NOW - 5 * 3600_000 } });
  });

  test('a PartiallyFailed backup is not good, but is reported when newer than the good one', () => {
    const points = pointsOf([
      backup('good', { hoursAgo: 30, vms: [['demo', 'fedora-web']] }),
      backup('partial', { hoursAgo: 2, phase: 'PartiallyFailed', vms: [['demo', 'fedora-web']] }),
    ]);
    expect(points.good?.name).toBe('good');
    expect(points.partial?.name).toBe('partial');
    const older = pointsOf([
      backup('partial', { hoursAgo: 40, phase: 'PartiallyFailed', vms: [['demo', 'fedora-web']] }),
      backup('good', { hoursAgo: 3, vms: [['demo', 'fedora-web']] }),
    ]);
    expect(older).toEqual({ good: { name: 'good', at: NOW - 3 * 3600_000 } });
  });

  test('an expired backup, or one being deleted, is no restore point', () => {
    const expired = backup('expired', {
      hoursAgo: 2,
      vms: [['demo', 'fedora-web']],
      expiration: ago(1),
    });
    const deleting = { ...backup('deleting', { vms: [['demo', 'fedora-web']] }) };
    deleting.metadata = { ...deleting.metadata, deletionTimestamp: ago(0) };
    const kept = backup('kept', {
      hoursAgo: 50,
      vms: [['demo', 'fedora-web']],
      expiration: ago(-1),
    });
    expect(pointsOf([expired, deleting, kept]).good?.name).toBe('kept');
  });

  test('labels name the namespace: the same VM name in another namespace is not covered', () => {
    const backups = [backup('other-ns', { vms: [['prod', 'fedora-web']] })];
    expect(pointsOf(backups)).toEqual({});
    expect(pointsOf(backups, vm('prod', 'fedora-web')).good?.name).toBe('other-ns');
  });

  test('a backup without our labels covers by scope: namespace, selectors, exclusion label', () => {
    const backups = [
      backup('prod-ns', { hoursAgo: 1, spec: { includedNamespaces: ['prod'] } }),
      backup('db-only', {
        hoursAgo: 2,
        spec: { includedNamespaces: ['demo'], labelSelector: { matchLabels: { app: 'db' } } },
      }),
      backup('whole-demo', { hoursAgo: 10, spec: { includedNamespaces: ['demo'] } }),
    ];
    expect(pointsOf(backups).good?.name).toBe('whole-demo');
    const excluded = vm('demo', 'cirros', { 'velero.io/exclude-from-backup': 'true' });
    expect(pointsOf(backups, excluded)).toEqual({});
  });

  test('a labelled backup newer than any scoped one wins; a newer scoped one wins over it', () => {
    const labelled = backup('labelled', { hoursAgo: 5, vms: [['demo', 'fedora-web']] });
    const scoped = (h: number) =>
      backup(`scoped-${h}`, { hoursAgo: h, spec: { includedNamespaces: ['demo'] } });
    expect(pointsOf([labelled, scoped(8)]).good?.name).toBe('labelled');
    expect(pointsOf([labelled, scoped(2)]).good?.name).toBe('scoped-2');
  });
});

describe('last good snapshot', () => {
  const index = indexSnapshots([
    snapshot('demo', 'ready-old', 'fedora-web', { hoursAgo: 20 }),
    snapshot('demo', 'ready-new', 'fedora-web', { hoursAgo: 3 }),
    snapshot('demo', 'not-ready', 'fedora-web', { hoursAgo: 1, ready: false }),
    snapshot('demo', 'failed', 'fedora-web', { hoursAgo: 0, phase: 'Failed', ready: false }),
    snapshot('prod', 'prod-one', 'fedora-web', { hoursAgo: 0 }),
    snapshot('demo', 'earlier-vm', 'rhel', { hoursAgo: 0, sourceUID: 'uid-of-a-deleted-vm' }),
  ]);

  test('Succeeded and readyToUse only, newest first, in the VM own namespace', () => {
    expect(lastGoodSnapshotOf(index, web)).toEqual({ name: 'ready-new', at: NOW - 3 * 3600_000 });
    expect(lastGoodSnapshotOf(index, vm('prod', 'fedora-web'))?.name).toBe('prod-one');
  });

  test('a snapshot of an earlier VM with the same name is not this VM restore point', () => {
    expect(lastGoodSnapshotOf(index, vm('demo', 'rhel'))).toBeUndefined();
  });
});
