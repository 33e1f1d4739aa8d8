/**
 * A restart of the cluster mid-backup (persistent data folder, as in persistence.spec.ts),
 * with the real kubectl: a backup InProgress when the server starts is marked Failed with
 * Velero 1.16.2's reason (server.go markInProgressBackupsFailed) and never re-run; a backup
 * waiting for its DataUpload goes on from where the upload was (the node agent resumes it) and
 * completes with one DataUpload and one archive. Nothing is lost, nothing duplicated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kinds } from '../cluster-context';
import { kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest } from './fixtures';
import { BUCKET } from './velero-fixtures';
import {
  NS,
  apply,
  archiveItems,
  backupManifest,
  finished,
  get,
  installOadp,
  waitFor,
} from './velero-roundtrip-helpers';

const dir = mkdtempSync(join(tmpdir(), 'velero-roundtrip-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const start = (timeScale: number) => startTestCluster({ inMemory: false, dataDir: dir, timeScale });
const UPLOAD_DURATION = 'local-cluster.vm-data-protection.io/upload-duration';

async function names(cluster: TestCluster, kind: string, selector?: string): Promise<string[]> {
  const args = ['get', kind, '-n', NS, '-o', 'jsonpath={.items[*].metadata.name}'];
  const result = await kubectl(cluster, selector ? [...args, '-l', selector] : args);
  return result.stdout.split(' ').filter(Boolean).sort();
}

const phaseOf = async (cluster: TestCluster, name: string) =>
  (await get(cluster, 'backup', NS, name))?.status?.phase;

test('restarts mid-backup neither lose nor duplicate a backup', async () => {
  // 1. At 100x: OADP, a halted VM whose upload takes 30 simulated minutes (18 s of real time).
  const first = await start(100);
  try {
    await installOadp(first);
    await apply(
      first,
      vmManifest('fedora', { runStrategy: 'Halted', disks: [{ name: 'rootdisk', size: '2Gi' }] }),
    );
    await waitFor(
      first,
      ['pvc', 'demo', 'fedora-rootdisk'],
      'the claim Bound',
      (o) => o.status?.phase === 'Bound',
    );
    const annotate = await kubectl(first, [
      'annotate',
      'pvc',
      'fedora-rootdisk',
      '-n',
      'demo',
      `${UPLOAD_DURATION}=30m`,
    ]);
    expect(annotate.code).toBe(0);
    const k = kinds(first.context.registry);
    first.context.objects.create(k.namespace, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'bulk' },
    });
    // Set-up only: 300 objects through kubectl would take longer than the test.
    for (let i = 0; i < 300; i++)
      first.context.objects.create(k.configMap, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `cm-${i}`, namespace: 'bulk' },
        data: { i: String(i) },
      });
    await apply(first, backupManifest('moved', { snapshotMoveData: true }));
    await waitFor(
      first,
      ['backup', NS, 'moved'],
      'moved waiting for its upload',
      (o) => o.status?.phase === 'WaitingForPluginOperations',
    );
  } finally {
    await first.close();
  }

  // 2. At 1x: 301 items at 100 ms each keep "big" InProgress for 30 s; stop in the middle.
  const second = await start(1);
  let bigStarted: unknown;
  try {
    expect(await phaseOf(second, 'moved')).toBe('WaitingForPluginOperations');
    await apply(second, backupManifest('big', { includedNamespaces: ['bulk'] }));
    const big = await waitFor(
      second,
      ['backup', NS, 'big'],
      'big InProgress',
      (o) => o.status?.phase === 'InProgress',
    );
    bigStarted = big.status?.startTimestamp;
  } finally {
    await second.close();
  }

  // 3. At 300x: big is Failed with Velero's reason, moved completes from where it was.
  const third = await start(300);
  try {
    const big = await finished(third, 'backup', 'big');
    expect(big.status).toMatchObject({
      phase: 'Failed',
      failureReason:
        'found a backup with status "InProgress" during the server starting, mark it as "Failed"',
      startTimestamp: bigStarted,
    });
    expect(third.context.objectStore.list(BUCKET, 'velero/backups/big/')).toEqual([]);
    const moved = await finished(third, 'backup', 'moved');
    expect(moved.status).toMatchObject({ phase: 'Completed', backupItemOperationsCompleted: 1 });
    const uploads = await names(third, 'datauploads.velero.io', 'velero.io/backup-name=moved');
    expect(uploads).toHaveLength(1);
    const archived = [...archiveItems(third, 'moved').keys()].filter((p) =>
      p.includes('datauploads'),
    );
    expect(archived).toEqual([
      `resources/datauploads.velero.io/namespaces/${NS}/${uploads[0]}.json`,
    ]);
    expect(await names(third, 'backups.velero.io')).toEqual(['big', 'moved']);
    // The server is not stuck on the failed one: the next backup runs.
    await apply(third, backupManifest('after', { includedNamespaces: ['demo'] }));
    expect((await finished(third, 'backup', 'after')).status?.phase).toBe('Completed');
    expect(await phaseOf(third, 'big')).toBe('Failed');
  } finally {
    await third.close();
  }
}, 180_000);
