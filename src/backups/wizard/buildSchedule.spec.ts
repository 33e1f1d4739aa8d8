import { vmLabelKey } from '../scope/productLabels';
import { buildBackup } from './buildBackup';
import { buildSchedule } from './buildSchedule';

const vm = (name: string, labels: Record<string, string> = {}) => ({
  metadata: { name, namespace: 'demo', labels },
});
const all = [
  vm('fedora-web', { app: 'fedora-web' }),
  vm('rhel9-db', { app: 'rhel9-db' }),
  vm('mixed-storage'),
];
const choices = {
  name: 'nightly-db',
  veleroNamespace: 'openshift-adp',
  vms: [{ namespace: 'demo', name: 'rhel9-db' }],
  method: 'csi-snapshot' as const,
  storageLocation: 'dpa-sample-1',
  ttl: '168h0m0s',
  cron: '0 2 * * *',
  skipImmediately: true,
  useOwnerReferencesInBackup: false,
};

test('a daily schedule: exactly this Schedule, its template the Backup spec', () => {
  const { schedule, labelPatches } = buildSchedule(choices, all);
  expect(schedule).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: { name: 'nightly-db', namespace: 'openshift-adp' },
    spec: {
      schedule: '0 2 * * *',
      template: {
        includedNamespaces: ['demo'],
        orLabelSelectors: [{ matchLabels: { app: 'rhel9-db' } }],
        snapshotMoveData: false,
        storageLocation: 'dpa-sample-1',
        ttl: '168h0m0s',
        metadata: { labels: { [vmLabelKey('rhel9-db')]: 'demo' } },
      },
      skipImmediately: true,
      useOwnerReferencesInBackup: false,
    },
  });
  expect(labelPatches).toEqual([]);
  const { metadata, ...template } = schedule.spec?.template ?? {};
  expect(template).toEqual(buildBackup(choices, all).backup.spec);
  expect(metadata?.labels).toEqual(buildBackup(choices, all).backup.metadata?.labels);
});

test('data mover, owner references, run at once; a VM needing our label', () => {
  const { schedule, labelPatches } = buildSchedule(
    {
      ...choices,
      vms: [{ namespace: 'demo', name: 'mixed-storage' }],
      method: 'data-mover',
      skipImmediately: false,
      useOwnerReferencesInBackup: true,
      cron: '@every 6h',
    },
    all,
  );
  expect(schedule.spec).toEqual({
    schedule: '@every 6h',
    template: {
      includedNamespaces: ['demo'],
      orLabelSelectors: [{ matchLabels: { 'vm-data-protection.io/vm': 'mixed-storage' } }],
      snapshotMoveData: true,
      storageLocation: 'dpa-sample-1',
      ttl: '168h0m0s',
      metadata: { labels: { [vmLabelKey('mixed-storage')]: 'demo' } },
    },
    skipImmediately: false,
    useOwnerReferencesInBackup: true,
  });
  expect(labelPatches).toHaveLength(1);
  expect(schedule.spec?.template).not.toHaveProperty('includedResources');
});
