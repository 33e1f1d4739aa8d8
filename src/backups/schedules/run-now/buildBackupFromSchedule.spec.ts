import type { VeleroSchedule } from '../../k8s/types';
import { buildBackupFromSchedule, timestampedName } from './buildBackupFromSchedule';

const AT = new Date('2026-12-01T23:05:09.500Z');
const schedule = (extra: Partial<VeleroSchedule> = {}): VeleroSchedule => ({
  apiVersion: 'velero.io/v1',
  kind: 'Schedule',
  metadata: {
    name: 'demo-nightly',
    namespace: 'openshift-adp',
    uid: 'uid-s',
    labels: { team: 'db' },
    ...extra.metadata,
  },
  spec: {
    schedule: '0 2 * * *',
    template: {
      metadata: { labels: { 'vms.vm-data-protection.io/fedora-web': 'demo' } },
      includedNamespaces: ['demo'],
      orLabelSelectors: [{ matchLabels: { 'kubevirt.io/vm': 'fedora-web' } }],
      storageLocation: 'dpa-sample-1',
      snapshotMoveData: true,
      ttl: '720h0m0s',
    },
    ...extra.spec,
  },
});

test('names the backup <schedule>-<yyyyMMddHHmmss> in UTC', () => {
  expect(timestampedName('demo-nightly', AT)).toBe('demo-nightly-20261201230509');
});

test('the template is the spec, its labels plus the schedule label, nothing else', () => {
  expect(buildBackupFromSchedule(schedule(), AT)).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: 'demo-nightly-20261201230509',
      namespace: 'openshift-adp',
      labels: {
        'vms.vm-data-protection.io/fedora-web': 'demo',
        'velero.io/schedule-name': 'demo-nightly',
      },
    },
    spec: {
      includedNamespaces: ['demo'],
      orLabelSelectors: [{ matchLabels: { 'kubevirt.io/vm': 'fedora-web' } }],
      storageLocation: 'dpa-sample-1',
      snapshotMoveData: true,
      ttl: '720h0m0s',
    },
  });
});

test('without template labels the schedule’s labels are used; its annotations and owner go along', () => {
  const backup = buildBackupFromSchedule(
    schedule({
      metadata: { annotations: { note: 'x' } },
      spec: {
        schedule: '@daily',
        template: { includedNamespaces: ['demo'] },
        useOwnerReferencesInBackup: true,
      },
    }),
    AT,
  );
  expect(backup.metadata).toEqual({
    name: 'demo-nightly-20261201230509',
    namespace: 'openshift-adp',
    labels: { team: 'db', 'velero.io/schedule-name': 'demo-nightly' },
    annotations: { note: 'x' },
    ownerReferences: [
      {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        name: 'demo-nightly',
        uid: 'uid-s',
        controller: true,
      },
    ],
  });
  expect(backup.spec).toEqual({ includedNamespaces: ['demo'] });
});
