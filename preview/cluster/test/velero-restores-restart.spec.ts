/**
 * A restart mid-restore (issue 8 "state survives a restart"; Velero 1.16.2 `server.go`
 * markInProgressCRsFailed): a Restore found InProgress when the server starts is marked Failed
 * with Velero's reason, and nothing is restored twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kinds } from '../cluster-context';
import { eventually, startTestCluster } from './harness';
import { installOadp, writeFinishedBackup } from './velero-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'velero-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a restore InProgress at a restart ends Failed with Velero's reason", async () => {
  // 1x: each restore step lasts 300 ms of real time, long enough to stop the server in one.
  const first = await startTestCluster({ inMemory: false, dataDir: dir, timeScale: 1 });
  const k = kinds(first.context.registry);
  await installOadp(first, { nonAdmin: true });
  for (let i = 0; i < 24; i++)
    first.context.objects.create(k.configMap, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `settings-${i}`, namespace: 'demo' },
      data: { i: String(i) },
    });
  await writeFinishedBackup(first, { name: 'configs', namespace: 'demo' });
  first.context.objects.create(k.restore, {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name: 'configs-copy', namespace: 'openshift-adp' },
    spec: { backupName: 'configs', namespaceMapping: { demo: 'demo-configs' } },
  });
  const phase = (c: typeof first) =>
    (
      c.context.objects.get(k.restore, 'openshift-adp', 'configs-copy')?.status as
        { phase?: string } | undefined
    )?.phase;
  await eventually(
    () => (phase(first) === 'InProgress' ? true : undefined),
    'the restore InProgress',
  );
  const restoredBefore = first.context.objects.list(k.configMap, 'demo-configs').length;
  await first.close();

  const second = await startTestCluster({ inMemory: false, dataDir: dir, timeScale: 1 });
  try {
    const status = await eventually(() => {
      const s = second.context.objects.get(k.restore, 'openshift-adp', 'configs-copy')?.status as
        Record<string, unknown> | undefined;
      return s?.phase === 'Failed' ? s : undefined;
    }, 'the restore Failed');
    expect(status.failureReason).toBe(
      'found a restore with status "InProgress" during the server starting, mark it as "Failed"',
    );
    expect(restoredBefore).toBeLessThan(24);
    expect(second.context.objects.list(k.configMap, 'demo-configs')).toHaveLength(restoredBefore);
  } finally {
    await second.close();
  }
});
