/**
 * DeleteBackupRequests and expiry (controllers/velero/delete-backup-requests.ts, backup-data.ts,
 * backup-expiry.ts) through kubectl and client-node: a backup goes with its snapshots, moved
 * data, bucket files and restores, for good (the sync does not bring it back); a read-only or
 * unavailable location, a missing or running backup are refused with Velero's errors; processed
 * requests go after 24 h; expired backups are deleted through a request.
 */
import { kinds } from '../cluster-context';
import { HOLD_ANNOTATION } from '../controllers/velero/backup-timing';
import { ClientNode, eventually, kubectlWatchUntil, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import {
  BUCKET,
  NS,
  PREFIX,
  advanceClock,
  apply,
  backupFiles,
  installOadp,
  putFinishedBackup,
} from './velero-fixtures';

let cluster: TestCluster;
let client: ClientNode;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  client = new ClientNode(cluster);
  await client.ready;
  await installOadp(cluster);
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Obj = {
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
  status?: { phase?: string; errors?: string[] };
};

const dbr = (name: string, backupName: string) => ({
  apiVersion: 'velero.io/v1',
  kind: 'DeleteBackupRequest',
  metadata: { name, namespace: NS },
  spec: { backupName },
});

async function read(kind: string, name: string): Promise<Obj | undefined> {
  const answer = await client.call('read', {
    object: { apiVersion: 'velero.io/v1', kind, metadata: { name, namespace: NS } },
  });
  return answer.ok ? (answer.result as Obj) : undefined;
}

async function processed(name: string): Promise<Obj> {
  return eventually(async () => {
    const o = await read('DeleteBackupRequest', name);
    return o?.status?.phase === 'Processed' ? o : undefined;
  }, `${name} Processed`);
}

test('a DeleteBackupRequest removes the backup, its snapshots, moved data, files and restores, for good', async () => {
  const k = kinds(cluster.context.registry);
  putFinishedBackup(cluster, 'doomed', {
    movedVolumes: [{ pvc: 'vm1-rootdisk', namespace: 'demo', snapshotID: 'c3f1d2e4' }],
  });
  putFinishedBackup(cluster, 'survivor');
  cluster.context.objectStore.put(
    BUCKET,
    `${PREFIX}/restores/doomed-restore/restore-doomed-restore-logs.gz`,
    'x',
  );
  cluster.context.objects.create(k.restore, {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name: 'doomed-restore', namespace: NS },
    spec: { backupName: 'doomed' },
    status: { phase: 'Completed' },
  });
  cluster.context.objects.create(k.dataUpload, {
    apiVersion: 'velero.io/v2alpha1',
    kind: 'DataUpload',
    metadata: {
      name: 'doomed-x7k2p',
      namespace: NS,
      labels: { 'velero.io/backup-name': 'doomed' },
    },
    spec: {
      snapshotType: 'CSI',
      sourcePVC: 'vm1-rootdisk',
      sourceNamespace: 'demo',
      backupStorageLocation: 'dpa-sample-1',
      operationTimeout: '10m0s',
    },
  });
  const byBackup = { labels: { 'velero.io/backup-name': 'doomed' } };
  cluster.context.objects.create(k.volumeSnapshotContent, {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshotContent',
    metadata: { name: 'snapcontent-doomed', ...byBackup },
    spec: {
      deletionPolicy: 'Retain',
      driver: 'openshift-storage.rbd.csi.ceph.com',
      source: { snapshotHandle: 'handle-1' },
      volumeSnapshotRef: { name: 'velero-vm1-rootdisk-abcde', namespace: 'demo' },
    },
  });
  expect(backupFiles(cluster, 'doomed').length).toBe(7);

  // The request only once kubectl watches: else, on a loaded machine, the Backup can be gone
  // before kubectl's first GET, and it prints nothing.
  let started = () => {};
  const watchOn = new Promise<void>((resolve) => (started = resolve));
  const watching = kubectlWatchUntil(
    cluster,
    ['get', 'backup', 'doomed', '-n', NS, '-w', '-o', 'jsonpath={.status.phase}{"\\n"}'],
    (line) => line === 'Deleting',
    20_000,
    started,
  );
  await watchOn;
  await apply(cluster, dbr('delete-doomed', 'doomed'));
  expect((await watching).at(-1)).toBe('Deleting');
  await eventually(
    async () => ((await read('Backup', 'doomed')) ? undefined : true),
    'the Backup gone',
  );

  expect(backupFiles(cluster, 'doomed')).toEqual([]);
  expect(cluster.context.objectStore.exists(BUCKET, `${PREFIX}/kopia/demo/c3f1d2e4`)).toBe(false);
  expect(cluster.context.objectStore.list(BUCKET, `${PREFIX}/restores/doomed-restore/`)).toEqual(
    [],
  );
  expect(await read('Restore', 'doomed-restore')).toBeUndefined();
  expect(cluster.context.objects.get(k.dataUpload, NS, 'doomed-x7k2p')).toBeUndefined();
  expect(
    cluster.context.objects.get(k.volumeSnapshotContent, undefined, 'snapcontent-doomed'),
  ).toBeUndefined();
  // A clean deletion removes its own request too; the other backup is untouched.
  await eventually(
    async () => ((await read('DeleteBackupRequest', 'delete-doomed')) ? undefined : true),
    'request removed',
  );
  expect(backupFiles(cluster, 'survivor').length).toBe(7);
  // The next sync finds nothing to bring back.
  await advanceClock(cluster, '61s');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await read('Backup', 'doomed')).toBeUndefined();
  expect((await read('Backup', 'survivor'))?.status?.phase).toBe('Completed');
});

test('on a read-only location the request is Processed with the error and the backup stays', async () => {
  await apply(cluster, {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: { name: 'archive', namespace: NS },
    spec: {
      provider: 'aws',
      accessMode: 'ReadOnly',
      objectStorage: { bucket: 'archive-bucket', prefix: PREFIX },
    },
  });
  putFinishedBackup(cluster, 'archived', { location: 'archive', bucket: 'archive-bucket' });
  await apply(cluster, dbr('delete-archived', 'archived'));
  const request = await processed('delete-archived');
  expect(request.status?.errors).toEqual([
    'cannot delete backup because backup storage location archive is currently in read-only mode',
  ]);
  expect((await read('Backup', 'archived'))?.status?.phase).toBe('Completed');
  expect(
    cluster.context.objectStore.list('archive-bucket', `${PREFIX}/backups/archived/`).length,
  ).toBe(7);
});

test.each([
  ['a missing backup', 'nothing-here', () => undefined, 'backup not found'],
  [
    'a running backup',
    'running',
    () =>
      // Held: the Backup controller leaves it InProgress, as a backup still running.
      putFinishedBackup(cluster, 'running', {
        phase: 'InProgress',
        annotations: { [HOLD_ANNOTATION]: 'true' },
      }),
    'backup is still in progress',
  ],
  [
    'an unavailable location',
    'offsite-backup',
    async () => {
      await apply(cluster, {
        apiVersion: 'velero.io/v1',
        kind: 'BackupStorageLocation',
        metadata: {
          name: 'offsite',
          namespace: NS,
          annotations: { 'local-cluster.vm-data-protection.io/bucket-unreachable': 'true' },
        },
        spec: { provider: 'aws', objectStorage: { bucket: 'offsite-bucket' } },
      });
      await eventually(
        async () =>
          (await read('BackupStorageLocation', 'offsite'))?.status?.phase === 'Unavailable'
            ? true
            : undefined,
        'offsite Unavailable',
      );
      putFinishedBackup(cluster, 'offsite-backup', {
        location: 'offsite',
        bucket: 'offsite-bucket',
      });
    },
    'cannot delete backup because backup storage location offsite is currently in Unavailable state',
  ],
])('%s (%s): Processed with its error', async (_label, backup, prepare, message) => {
  await prepare();
  await apply(cluster, dbr(`delete-${backup}`, backup));
  expect((await processed(`delete-${backup}`)).status?.errors).toEqual([message]);
});

test('a processed request with errors is removed 24 h after its creation', async () => {
  expect(await read('DeleteBackupRequest', 'delete-archived')).toBeDefined();
  await advanceClock(cluster, '23h');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await read('DeleteBackupRequest', 'delete-archived')).toBeDefined();
  await advanceClock(cluster, '1h1m');
  await eventually(
    async () => ((await read('DeleteBackupRequest', 'delete-archived')) ? undefined : true),
    'removed after 24 h',
  );
});

test('an expired backup is deleted through a DeleteBackupRequest labelled with its name and uid', async () => {
  const soon = new Date(cluster.context.clock.now() + 3_600_000)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
  const backup = putFinishedBackup(cluster, 'short-lived', { expiration: soon });
  // A request that stays (its backup does not exist) shows when the watch is listening; only
  // then is the clock moved, so the short-lived request of the GC cannot be missed.
  await apply(cluster, dbr('sentinel', 'no-such-backup'));
  await processed('sentinel');
  expect(await read('Backup', 'short-lived')).toBeDefined();
  let moved: Promise<void> | undefined;
  const watching = kubectlWatchUntil(
    cluster,
    ['get', 'deletebackuprequests', '-n', NS, '-w', '-o', 'json'],
    (line) => {
      if (line.includes('"name": "sentinel"')) moved ??= advanceClock(cluster, '61m');
      return line.includes('"velero.io/backup-uid"');
    },
    30_000,
  );
  await eventually(() => (moved ? true : undefined), 'the watch listening');
  await moved;
  const lines = (await watching).join('\n');
  expect(lines).toContain('"generateName": "short-lived-"');
  expect(lines).toContain(`"velero.io/backup-uid": "${backup?.metadata.uid}"`);
  expect(lines).toContain('"velero.io/backup-name": "short-lived"');
  await eventually(
    async () => ((await read('Backup', 'short-lived')) ? undefined : true),
    'expired backup gone',
  );
  expect(backupFiles(cluster, 'short-lived')).toEqual([]);
});
