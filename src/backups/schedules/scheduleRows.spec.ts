import type { VeleroBackup, VeleroSchedule } from '../k8s/types';
import { vmLabelKey } from '../scope/productLabels';
import { nextRunOf, scheduleRow } from './scheduleRows';

const NOW = new Date('2026-12-01T23:00:00Z');
const schedule = (spec: VeleroSchedule['spec'], status: VeleroSchedule['status'] = {}) => ({
  metadata: {
    name: 'demo-nightly',
    namespace: 'openshift-adp',
    creationTimestamp: '2026-11-20T10:00:00Z',
  },
  spec,
  status,
});
const backup = (name: string, created: string, scheduleName = 'demo-nightly'): VeleroBackup => ({
  metadata: {
    name,
    creationTimestamp: created,
    labels: { 'velero.io/schedule-name': scheduleName },
  },
  status: { phase: 'Completed' },
});

describe('nextRunOf (Velero: the first cron time after the last backup, creation or skip)', () => {
  it('counts from the last backup', () => {
    const s = schedule(
      { schedule: '0 2 * * *' },
      { phase: 'Enabled', lastBackup: '2026-12-01T02:00:03Z' },
    );
    expect(nextRunOf(s, NOW)).toEqual(new Date('2026-12-02T02:00:00Z'));
  });

  it('a run already due (missed while the server was down) is now', () => {
    const s = schedule(
      { schedule: '0 2 * * *' },
      { phase: 'Enabled', lastBackup: '2026-11-25T02:00:00Z' },
    );
    expect(nextRunOf(s, NOW)).toEqual(NOW);
  });

  it('a later skip moves the base; paused or invalid schedules have no next run', () => {
    const skipped = schedule(
      { schedule: '@every 1h' },
      { phase: 'Enabled', lastBackup: '2026-11-25T02:00:00Z', lastSkipped: '2026-12-01T22:30:00Z' },
    );
    expect(nextRunOf(skipped, NOW)).toEqual(new Date('2026-12-01T23:30:00Z'));
    expect(
      nextRunOf(schedule({ schedule: '0 2 * * *', paused: true }, { phase: 'Enabled' }), NOW),
    ).toBeUndefined();
    expect(
      nextRunOf(schedule({ schedule: '61 * * * *' }, { phase: 'FailedValidation' }), NOW),
    ).toBeUndefined();
  });
});

describe('scheduleRow', () => {
  it('names VMs from the template labels and takes the newest labelled backup', () => {
    const s = schedule(
      {
        schedule: '0 2 * * *',
        template: {
          metadata: { labels: { [vmLabelKey('fedora-web')]: 'demo' } },
          ttl: '168h0m0s',
          storageLocation: 'dpa-sample-1',
        },
      },
      { phase: 'Enabled', lastBackup: '2026-12-01T02:00:03Z' },
    );
    const backups = [
      backup('demo-nightly-20261130020000', '2026-11-30T02:00:00Z'),
      backup('demo-nightly-20261201020000', '2026-12-01T02:00:00Z'),
      backup('other-20261201030000', '2026-12-01T03:00:00Z', 'other'),
    ];
    const row = scheduleRow(s, backups, [], NOW);
    expect(row).toMatchObject({
      name: 'demo-nightly',
      vms: [{ namespace: 'demo', name: 'fedora-web' }],
      vmsFrom: 'labels',
      state: 'Enabled',
      ttl: '168h0m0s',
      location: 'dpa-sample-1',
      nextRun: new Date('2026-12-02T02:00:00Z'),
      lastBackupTime: '2026-12-01T02:00:00Z',
    });
    expect(row.lastBackup?.metadata?.name).toBe('demo-nightly-20261201020000');
  });

  it('without product labels matches the template scope; shows validation errors', () => {
    const s = schedule(
      { schedule: '61 * * * *', template: { includedNamespaces: ['demo'] } },
      {
        phase: 'FailedValidation',
        validationErrors: ['invalid schedule: end of range (61) above maximum (59): 61'],
      },
    );
    const vms = [
      { metadata: { name: 'fedora-web', namespace: 'demo' } },
      { metadata: { name: 'other', namespace: 'prod' } },
    ];
    expect(scheduleRow(s, [], vms, NOW)).toMatchObject({
      vms: [{ namespace: 'demo', name: 'fedora-web' }],
      vmsFrom: 'scope',
      state: 'FailedValidation',
      validationErrors: ['invalid schedule: end of range (61) above maximum (59): 61'],
    });
  });
});
