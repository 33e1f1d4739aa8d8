/**
 * Backup lifecycle with kubectl (issue 8 part 3): one backup InProgress at a time (the next
 * waits in New), a backup in WaitingForPluginOperations does not hold the next one back, and a
 * bucket lost while the backup is persisted ends Failed with a failureReason. A backup is held
 * InProgress with the hold knob where a test needs it to be (a loaded machine would finish it).
 */
import type { StoredObject } from '../api/types';
import { kinds } from '../cluster-context';
import { eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import { NS, BUCKET, backupManifest, installOadpWithDefaultLocation } from './velero-fixtures';

// Each test waits for several backups in turn (see `reaches`).
jest.setTimeout(180_000);

let cluster: TestCluster;
type Backup = { status?: Record<string, unknown> & { phase?: string } };
const KNOB = 'local-cluster.vm-data-protection.io';

async function apply(object: unknown): Promise<void> {
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(object) });
  if (result.code !== 0) throw new Error(result.stderr);
}

async function status(name: string): Promise<Backup['status']> {
  const result = await kubectl(cluster, ['get', 'backup', name, '-n', NS, '-o', 'json']);
  return result.code === 0 ? (JSON.parse(result.stdout) as Backup).status : undefined;
}

// A wait, not a timing: jest runs suites side by side, so a busy machine may take its time.
const reaches = (name: string, phase: string) =>
  eventually(
    async () => {
      const s = await status(name);
      return s?.phase === phase ? s : undefined;
    },
    `${name} ${phase}`,
    60_000,
  );

beforeAll(async () => {
  // 5x: 300 config maps at 100 ms each keep a backup InProgress for 6 s of real time, long
  // enough for kubectl on a busy machine to see it.
  cluster = await startTestCluster({ timeScale: 5 });
  await installOadpWithDefaultLocation(apply);
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bulk' } });
  // Set-up only: 300 objects through kubectl would take longer than the tests.
  const configMaps = kinds(cluster.context.registry).configMap;
  for (let i = 0; i < 300; i++)
    cluster.context.objects.create(configMaps, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `cm-${i}`, namespace: 'bulk' },
      data: { i: String(i) },
    });
});

afterAll(async () => {
  await cluster.close();
});

/**
 * Puts the hold knob on `name` in the same turn the Backup controller makes it InProgress (a
 * microtask, before any timer can run the controller again), so on a loaded machine it cannot
 * finish before the test looks; removing the knob lets it go on.
 */
function holdOnceInProgress(name: string): Promise<void> {
  const { store, objects, registry } = cluster.context;
  const backups = kinds(registry).backup;
  return new Promise((resolve) => {
    const stop = store.subscribe((event) => {
      const { metadata, status } = event.object as StoredObject & Backup;
      if (event.object.kind !== 'Backup' || metadata.name !== name) return;
      if (status?.phase !== 'InProgress') return;
      stop();
      queueMicrotask(() => {
        const current = objects.mustGet(backups, NS, name);
        objects.update(backups, {
          ...current,
          metadata: {
            ...current.metadata,
            annotations: { ...current.metadata.annotations, [`${KNOB}/hold`]: 'true' },
          },
        });
        resolve();
      });
    });
  });
}

test('one InProgress at a time: the next waits in New, then runs', async () => {
  const held = holdOnceInProgress('first');
  await apply(backupManifest('first', { includedNamespaces: ['bulk'] }));
  await held;
  const running = await status('first');
  expect(running?.phase).toBe('InProgress');
  expect(running?.progress).toMatchObject({ totalItems: 301 });
  await apply(backupManifest('second', { includedNamespaces: ['bulk'] }));
  const waiting = await reaches('second', 'New');
  expect(waiting?.startTimestamp).toBeUndefined();
  expect((await status('first'))?.phase).toBe('InProgress');
  const release = await kubectl(cluster, [
    'annotate',
    'backup',
    'first',
    '-n',
    NS,
    `${KNOB}/hold-`,
  ]);
  expect(release.code).toBe(0);
  const first = await reaches('first', 'Completed');
  // The Namespace object and the 300 config maps.
  expect(first?.progress).toEqual({ totalItems: 301, itemsBackedUp: 301 });
  const second = await reaches('second', 'Completed');
  expect(Date.parse(String(second?.startTimestamp))).toBeGreaterThanOrEqual(
    Date.parse(String(first?.startTimestamp)),
  );
});

test('a backup waiting for its plugin operations does not hold the next one back', async () => {
  // Halted: a running VMI whose launcher pod is not there yet is an item error in the
  // kubevirt plugin ("pod for running VMI not found"), which would make the phase
  // WaitingForPluginOperationsPartiallyFailed.
  await apply(
    vmManifest('slow', { runStrategy: 'Halted', disks: [{ name: 'rootdisk', size: '10Gi' }] }),
  );
  await eventually(async () => {
    const pvc = await kubectl(cluster, [
      'get',
      'pvc',
      'slow-rootdisk',
      '-n',
      'demo',
      '-o',
      'jsonpath={.status.phase}',
    ]);
    return pvc.stdout === 'Bound' ? true : undefined;
  }, 'the claim to bind');
  const annotate = await kubectl(cluster, [
    'annotate',
    'pvc',
    'slow-rootdisk',
    '-n',
    'demo',
    `${KNOB}/upload-duration=2h`,
  ]);
  expect(annotate.code).toBe(0);
  await apply(backupManifest('slow-upload', { snapshotMoveData: true }));
  await reaches('slow-upload', 'WaitingForPluginOperations');
  await apply(backupManifest('meanwhile', { includedNamespaces: ['bulk'] }));
  await reaches('meanwhile', 'Completed');
  expect((await status('slow-upload'))?.phase).toBe('WaitingForPluginOperations');
  const uploads = await kubectl(cluster, [
    'get',
    'datauploads.velero.io',
    '-n',
    NS,
    '-l',
    'velero.io/backup-name=slow-upload',
    '-o',
    'jsonpath={.items[*].status.phase}',
  ]);
  expect(uploads.stdout).toMatch(/^(Accepted|Prepared|InProgress)$/);
});

test('the bucket lost while the backup is persisted: Failed with a failureReason, no files', async () => {
  const held = holdOnceInProgress('lost');
  await apply(backupManifest('lost', { includedNamespaces: ['bulk'] }));
  await held;
  const cut = await kubectl(cluster, [
    'annotate',
    'bsl',
    'default',
    '-n',
    NS,
    `${KNOB}/bucket-unreachable=true`,
  ]);
  expect(cut.code).toBe(0);
  const release = await kubectl(cluster, ['annotate', 'backup', 'lost', '-n', NS, `${KNOB}/hold-`]);
  expect(release.code).toBe(0);
  const failed = await reaches('lost', 'Failed');
  expect(failed?.failureReason).toBe(
    'rpc error: code = Unknown desc = error putting object velero/backups/lost/velero-backup.json: RequestError: send request failed\ncaused by: Put "https://velero-bucket.s3.local-cluster.svc/velero/backups/lost/velero-backup.json": dial tcp 172.30.0.10:443: connect: connection refused',
  );
  expect(failed?.completionTimestamp).toBeDefined();
  expect(cluster.context.objectStore.list(BUCKET, 'velero/backups/lost/')).toEqual([]);
  await kubectl(cluster, ['annotate', 'bsl', 'default', '-n', NS, `${KNOB}/bucket-unreachable-`]);
});
