/**
 * BackupStorageLocation validation and object-storage sync (controllers/velero/storage-
 * validation.ts, backup-sync.ts) through kubectl: phase, message and times; the unreachable
 * knob; folders Velero does not know; the sync re-creating a Backup whose object was deleted
 * and deleting a finished one whose files are gone, on the cluster clock.
 */
import { eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import {
  BUCKET,
  NS,
  PREFIX,
  advanceClock,
  apply,
  installOadp,
  putFinishedBackup,
} from './velero-fixtures';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster);
});

afterAll(async () => {
  await cluster.close();
});

type Status = {
  phase?: string;
  message?: string;
  lastValidationTime?: string;
  lastSyncedTime?: string;
};

async function bslStatus(name = 'dpa-sample-1'): Promise<Status> {
  const result = await kubectl(cluster, ['get', 'bsl', name, '-n', NS, '-o', 'json']);
  return (JSON.parse(result.stdout) as { status?: Status }).status ?? {};
}

async function backupExists(name: string): Promise<boolean> {
  const result = await kubectl(cluster, [
    'get',
    'backup',
    name,
    '-n',
    NS,
    '--ignore-not-found',
    '-o',
    'name',
  ]);
  return result.stdout.trim() === `backup.velero.io/${name}`;
}

const setKnob = (value: string) =>
  kubectl(cluster, [
    'annotate',
    'bsl',
    'dpa-sample-1',
    '-n',
    NS,
    '--overwrite',
    `local-cluster.vm-data-protection.io/bucket-unreachable=${value}`,
  ]);

test('a new location is validated and synced at once: Available, no message, both times set', async () => {
  const status = await bslStatus();
  expect(status.phase).toBe('Available');
  expect(status.message).toBeUndefined();
  expect(Date.parse(status.lastValidationTime ?? '')).not.toBeNaN();
  expect(Date.parse(status.lastSyncedTime ?? '')).not.toBeNaN();
});

test('the unreachable knob makes it Unavailable with the reason in message, and back', async () => {
  await setKnob('true');
  const status = await eventually(async () => {
    const s = await bslStatus();
    return s.phase === 'Unavailable' ? s : undefined;
  }, 'Unavailable');
  expect(status.message).toBe(
    'BackupStorageLocation "dpa-sample-1" is unavailable: rpc error: code = Unknown desc = operation error S3: ListObjectsV2, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , HostID: , request send failed, Get "https://s3.example.com/velero-bucket?delimiter=%2F&list-type=2&prefix=velero%2F": dial tcp: i/o timeout',
  );
  await setKnob('false');
  await eventually(
    async () => ((await bslStatus()).phase === 'Available' ? true : undefined),
    'Available again',
  );
});

test('a folder Velero does not know at the top of the prefix makes the location Unavailable', async () => {
  cluster.context.objectStore.put(BUCKET, `${PREFIX}/stray/file.txt`, 'x');
  cluster.context.objectStore.put(BUCKET, `${PREFIX}/kopia/demo/abc`, '{}');
  await advanceClock(cluster, '61s');
  const status = await eventually(async () => {
    const s = await bslStatus();
    return s.phase === 'Unavailable' ? s : undefined;
  }, 'Unavailable for the stray folder');
  expect(status.message).toBe(
    'BackupStorageLocation "dpa-sample-1" is unavailable: Backup store contains invalid top-level directories: [stray]',
  );
  cluster.context.objectStore.delete(BUCKET, `${PREFIX}/stray/file.txt`);
  await advanceClock(cluster, '61s');
  await eventually(
    async () => ((await bslStatus()).phase === 'Available' ? true : undefined),
    'Available again',
  );
});

test('validationFrequency is honoured on the cluster clock', async () => {
  await apply(cluster, {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: { name: 'hourly', namespace: NS },
    spec: { provider: 'aws', objectStorage: { bucket: 'other-bucket' }, validationFrequency: '1h' },
  });
  const first = await eventually(async () => {
    const s = await bslStatus('hourly');
    return s.lastValidationTime ? s : undefined;
  }, 'first validation');
  await advanceClock(cluster, '30m');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await bslStatus('hourly')).lastValidationTime).toBe(first.lastValidationTime);
  await advanceClock(cluster, '31m');
  await eventually(async () => {
    const s = await bslStatus('hourly');
    return s.lastValidationTime !== first.lastValidationTime ? s : undefined;
  }, 'validated again after the hour');
  await kubectl(cluster, ['delete', 'bsl', 'hourly', '-n', NS]);
});

test('a Backup whose object is deleted comes back from the bucket at the next sync, labelled', async () => {
  putFinishedBackup(cluster, 'kept-in-bucket', { labels: { team: 'db' } });
  const deleted = await kubectl(cluster, ['delete', 'backup', 'kept-in-bucket', '-n', NS]);
  expect(deleted.code).toBe(0);
  expect(await backupExists('kept-in-bucket')).toBe(false);
  await advanceClock(cluster, '61s');
  await eventually(
    async () => ((await backupExists('kept-in-bucket')) ? true : undefined),
    'synced back',
  );
  const result = await kubectl(cluster, [
    'get',
    'backup',
    'kept-in-bucket',
    '-n',
    NS,
    '-o',
    'json',
  ]);
  const backup = JSON.parse(result.stdout) as {
    metadata: { labels: Record<string, string> };
    spec: { storageLocation: string };
    status: { phase: string };
  };
  expect(backup.metadata.labels).toEqual({
    'velero.io/storage-location': 'dpa-sample-1',
    team: 'db',
  });
  expect(backup.spec.storageLocation).toBe('dpa-sample-1');
  expect(backup.status.phase).toBe('Completed');
});

test('an unfinished backup in the bucket is synced only once expired, as PartiallyFailed', async () => {
  // A read-only location: sync works there and the GC leaves its expired backups alone.
  await apply(cluster, {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: { name: 'dr-site', namespace: NS },
    spec: {
      provider: 'aws',
      accessMode: 'ReadOnly',
      objectStorage: { bucket: 'dr-bucket', prefix: PREFIX },
    },
  });
  await eventually(
    async () => ((await bslStatus('dr-site')).lastSyncedTime ? true : undefined),
    'dr-site synced',
  );
  const soon = new Date(
    Date.parse((await bslStatus('dr-site')).lastSyncedTime ?? '') + 90_000,
  ).toISOString();
  const files = { inCluster: false, bucket: 'dr-bucket', location: 'dr-site' };
  putFinishedBackup(cluster, 'half-done', {
    ...files,
    phase: 'WaitingForPluginOperations',
    expiration: '2099-01-01T00:00:00Z',
  });
  putFinishedBackup(cluster, 'half-done-soon', { ...files, phase: 'Finalizing', expiration: soon });
  const before = (await bslStatus('dr-site')).lastSyncedTime;
  await advanceClock(cluster, '61s');
  await eventually(
    async () => ((await bslStatus('dr-site')).lastSyncedTime !== before ? true : undefined),
    'synced again',
  );
  expect(await backupExists('half-done-soon')).toBe(false);
  await advanceClock(cluster, '61s');
  await eventually(
    async () => ((await backupExists('half-done-soon')) ? true : undefined),
    'expired one synced',
  );
  const phase = await kubectl(cluster, [
    'get',
    'backup',
    'half-done-soon',
    '-n',
    NS,
    '-o',
    'jsonpath={.status.phase}',
  ]);
  expect(phase.stdout).toBe('PartiallyFailed');
  const gc = await kubectl(cluster, [
    'get',
    'backup',
    'half-done-soon',
    '-n',
    NS,
    '-o',
    "jsonpath={.metadata.labels['velero\\.io/gc-failure']}",
  ]);
  expect(gc.stdout).toBe('BSLReadOnly');
  expect(await backupExists('half-done')).toBe(false);
});

test('a Completed Backup whose files are gone from the bucket is deleted by the sync', async () => {
  putFinishedBackup(cluster, 'files-lost');
  cluster.context.objectStore.deletePrefix(BUCKET, `${PREFIX}/backups/files-lost/`);
  await advanceClock(cluster, '61s');
  await eventually(
    async () => ((await backupExists('files-lost')) ? undefined : true),
    'orphan deleted',
  );
});
