import { vmLabelKey } from '../scope/productLabels';
import { nonAdminBackupRow, nonAdminBackupRowsOfVM } from './nonAdminBackupRows';
import type { NonAdminBackup } from './nonAdminTypes';

const nab = (name: string, status: NonAdminBackup['status'], extra: Partial<NonAdminBackup> = {}) =>
  ({
    metadata: {
      name,
      namespace: 'demo',
      creationTimestamp: '2026-12-02T01:00:00Z',
      labels: { [vmLabelKey('fedora-web')]: 'demo' },
    },
    spec: { backupSpec: { ttl: '720h0m0s' } },
    status,
    ...extra,
  }) as NonAdminBackup;

test('running: the mirrored phase, items, upload counts; no queue position once served', () => {
  const row = nonAdminBackupRow(
    nab('a', {
      phase: 'Created',
      veleroBackup: {
        name: 'demo-a-uuid',
        status: {
          phase: 'InProgress',
          startTimestamp: '2026-12-02T01:00:05Z',
          progress: { totalItems: 12, itemsBackedUp: 5 },
        },
      },
      dataMoverDataUploads: { total: 2, inProgress: 1, completed: 1 },
      queueInfo: { estimatedQueuePosition: 0 },
    }),
  );
  expect(row).toMatchObject({
    name: 'a',
    status: { state: 'InProgress', tone: 'progress', terminal: false, restorable: false },
    items: { done: 5, total: 12 },
    uploads: { done: 1, total: 2, failed: 0 },
    started: '2026-12-02T01:00:05Z',
  });
  expect(row).not.toHaveProperty('queuePosition');
});

test('waiting in Velero’s queue: New with its estimated position', () => {
  const row = nonAdminBackupRow(
    nab('b', { phase: 'Created', veleroBackup: {}, queueInfo: { estimatedQueuePosition: 3 } }),
  );
  expect(row.status.state).toBe('New');
  expect(row.queuePosition).toBe(3);
  expect(row).not.toHaveProperty('uploads');
});

test('refused by the controller: invalid, with its message', () => {
  const message = 'NonAdminBackup spec.backupSpec.excludedNamespaces is restricted';
  const row = nonAdminBackupRow(
    nab('c', {
      phase: 'BackingOff',
      conditions: [{ type: 'Accepted', status: 'False', reason: 'InvalidBackupSpec', message }],
    }),
  );
  expect(row.status).toEqual({
    state: 'FailedValidation',
    tone: 'danger',
    terminal: true,
    restorable: false,
    detail: message,
  });
});

test('completed is restorable with its expiry; deleteBackup set shows Deleting', () => {
  const done = {
    phase: 'Created' as const,
    veleroBackup: { status: { phase: 'Completed', expiration: '2027-01-01T00:00:00Z' } },
  };
  const row = nonAdminBackupRow(nab('d', done));
  expect(row.status).toMatchObject({ state: 'Completed', restorable: true });
  expect(row.expires).toBe('2027-01-01T00:00:00Z');
  const deleting = nab('d', done, { spec: { deleteBackup: true } });
  expect(nonAdminBackupRow(deleting).status.state).toBe('Deleting');
});

test('the VM’s rows: by product label, other VMs’ backups left out, newest first', () => {
  const other = nab(
    'other',
    {},
    {
      metadata: { name: 'other', namespace: 'demo', labels: { [vmLabelKey('rhel9-db')]: 'demo' } },
    },
  );
  const older = nab('older', {});
  const newer = nab(
    'newer',
    {},
    {
      metadata: {
        ...older.metadata,
        name: 'newer',
        creationTimestamp: '2026-12-02T02:00:00Z',
      },
    },
  );
  const vm = { metadata: { name: 'fedora-web', namespace: 'demo', labels: { app: 'fedora-web' } } };
  expect(nonAdminBackupRowsOfVM([older, other, newer], vm).map((r) => r.name)).toEqual([
    'newer',
    'older',
  ]);
});
