import { vmLabelKey } from '../scope/productLabels';
import { backupRows } from './backupRows';

const vms = [
  { metadata: { name: 'fedora-web', namespace: 'demo', labels: { app: 'web' } } },
  { metadata: { name: 'rhel9-db', namespace: 'demo', labels: { app: 'db' } } },
  { metadata: { name: 'other', namespace: 'prod' } },
];

test('VMs from product labels, else from the scope; schedule, location, dates and deletion', () => {
  const rows = backupRows(
    [
      {
        metadata: {
          name: 'demo-nightly-20261130020000',
          labels: {
            'velero.io/schedule-name': 'demo-nightly',
            'velero.io/storage-location': 'dpa-sample-1',
          },
        },
        spec: { includedNamespaces: ['demo'] },
        status: {
          phase: 'Completed',
          startTimestamp: '2026-11-30T02:00:00Z',
          expiration: '2026-12-07T02:00:00Z',
        },
      },
      {
        metadata: { name: 'picked', labels: { [vmLabelKey('rhel9-db')]: 'demo' } },
        spec: { includedNamespaces: ['demo'], storageLocation: 'offsite' },
        status: { phase: 'InProgress', progress: { totalItems: 10, itemsBackedUp: 4 } },
      },
    ],
    [],
    [{ spec: { backupName: 'picked' }, status: { phase: 'New' } }],
    vms,
  );
  expect(rows[0]).toMatchObject({
    name: 'demo-nightly-20261130020000',
    vms: [
      { namespace: 'demo', name: 'fedora-web' },
      { namespace: 'demo', name: 'rhel9-db' },
    ],
    vmsFrom: 'scope',
    schedule: 'demo-nightly',
    location: 'dpa-sample-1',
    started: '2026-11-30T02:00:00Z',
    expires: '2026-12-07T02:00:00Z',
    status: { state: 'Completed' },
  });
  expect(rows[1]).toMatchObject({
    vms: [{ namespace: 'demo', name: 'rhel9-db' }],
    vmsFrom: 'labels',
    location: 'offsite',
    status: { state: 'Deleting' },
    progress: { items: { done: 4, total: 10 } },
  });
  expect(rows[1].schedule).toBeUndefined();
});
