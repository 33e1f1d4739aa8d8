/**
 * A restart of the cluster mid-backup (issue 8 "Done when"): as Velero 1.16.2 does
 * (server.go markInProgressBackupsFailed), a backup InProgress at start is marked Failed and
 * never re-run, while one whose DataUpload is half done carries on from what the store and the
 * bucket hold — one Backup each, one DataUpload per claim, progress never going back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kinds } from '../cluster-context';
import type { StoredObject } from '../api/types';
import { eventually, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest } from './fixtures';
import { NS, BUCKET, backupManifest, bslManifest, bareDpaManifest } from './velero-fixtures';

let dir: string;
let cluster: TestCluster | undefined;
type Status = { phase?: string; failureReason?: string; progress?: Record<string, number> };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'velero-restart-'));
});

afterAll(async () => {
  await cluster?.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = () => startTestCluster({ inMemory: false, dataDir: dir, timeScale: 5 });

function create(c: TestCluster, object: Record<string, unknown>): StoredObject {
  const type = c.context.registry.forObject(String(object.apiVersion), String(object.kind));
  if (!type) throw new Error(`unknown kind ${String(object.kind)}`);
  return c.context.objects.create(type, object as never);
}

const statusOf = (c: TestCluster, type: 'backup' | 'dataUpload', name: string) =>
  c.context.objects.get(kinds(c.context.registry)[type], NS, name)?.status as Status | undefined;

test('after a restart a backup InProgress is Failed, and a half-done DataUpload carries on', async () => {
  cluster = await start();
  const first = cluster;
  const k = kinds(first.context.registry);
  create(first, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  create(first, bareDpaManifest());
  create(first, bslManifest('default', { isDefault: true }));
  create(first, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bulk' } });
  for (let i = 0; i < 300; i++)
    create(first, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `cm-${i}`, namespace: 'bulk' },
    });
  create(first, vmManifest('keeper', { disks: [{ name: 'rootdisk', size: '10Gi' }] }));
  await eventually(
    () =>
      (first.context.objects.get(k.pvc, 'demo', 'keeper-rootdisk')?.status as Status | undefined)
        ?.phase === 'Bound' || undefined,
    'the claim to bind',
  );
  await eventually(
    () =>
      first.context.objects
        .list(k.pod, 'demo')
        .some((p) => (p.status as Status | undefined)?.phase === 'Running') || undefined,
    'the launcher pod to run',
  );
  const pvc = structuredClone(first.context.objects.mustGet(k.pvc, 'demo', 'keeper-rootdisk'));
  // 40 simulated seconds of upload: 8 s here (5x), so the restart lands in the middle.
  pvc.metadata.annotations = {
    ...pvc.metadata.annotations,
    'local-cluster.vm-data-protection.io/upload-duration': '40s',
  };
  first.context.objects.update(k.pvc, pvc);
  create(first, backupManifest('moved', { snapshotMoveData: true }));
  const upload = await eventually(
    () =>
      first.context.objects
        .list(k.dataUpload, NS)
        .find((du) => ((du.status as Status | undefined)?.progress?.bytesDone ?? 0) > 0),
    'the upload to start',
  );
  create(first, backupManifest('items', { includedNamespaces: ['bulk'] }));
  await eventually(
    () => (statusOf(first, 'backup', 'items')?.progress?.itemsBackedUp ?? 0) > 0 || undefined,
    'items to move',
  );
  const itemsBefore = statusOf(first, 'backup', 'items')?.progress?.itemsBackedUp ?? 0;
  const bytesBefore = statusOf(first, 'dataUpload', upload.metadata.name)?.progress?.bytesDone ?? 0;
  expect(statusOf(first, 'backup', 'moved')?.phase).toBe('WaitingForPluginOperations');
  expect(statusOf(first, 'backup', 'items')?.phase).toBe('InProgress');
  await first.close();

  cluster = await start();
  const second = cluster;
  expect(second.seeded).toBe(false);
  expect(statusOf(second, 'backup', 'items')?.progress?.itemsBackedUp).toBeGreaterThanOrEqual(
    itemsBefore,
  );
  expect(
    statusOf(second, 'dataUpload', upload.metadata.name)?.progress?.bytesDone,
  ).toBeGreaterThanOrEqual(bytesBefore);
  const failed = await eventually(
    () =>
      statusOf(second, 'backup', 'items')?.phase === 'Failed'
        ? statusOf(second, 'backup', 'items')
        : undefined,
    'items Failed',
    30_000,
  );
  expect(failed?.failureReason).toBe(
    'found a backup with status "InProgress" during the server starting, mark it as "Failed"',
  );
  await eventually(
    () => statusOf(second, 'backup', 'moved')?.phase === 'Completed' || undefined,
    'moved Completed',
    30_000,
  );
  const k2 = kinds(second.context.registry);
  expect(
    second.context.objects
      .list(k2.backup, NS)
      .map((b) => b.metadata.name)
      .sort(),
  ).toEqual(['items', 'moved']);
  const uploads = second.context.objects.list(k2.dataUpload, NS);
  expect(uploads.map((du) => du.metadata.name)).toEqual([upload.metadata.name]);
  expect((uploads[0].status as Status).progress).toEqual({
    totalBytes: 10 * 2 ** 30,
    bytesDone: 10 * 2 ** 30,
  });
  // Never re-run: no archive of it.
  expect(second.context.objectStore.exists(BUCKET, 'velero/backups/items/items.tar.gz')).toBe(
    false,
  );
});
