/**
 * A real data-mover backup restores faithfully (issue 8, snapshotMoveData), with the real
 * kubectl: the DataUploads complete and go into the archive at finalize, the claim carries
 * Velero's `velero.io/data-upload-name`; deleted and restored into `demo-copy`, the claim is
 * filled by a DataDownload whose byte progress a kubectl watch sees grow, and binds.
 */
import { kubectl, kubectlWatchUntil, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import {
  NS,
  ROUND_TRIP_LABELS,
  apply,
  archiveItems,
  backupManifest,
  deleteVm,
  finished,
  installOadp,
  restoreManifest,
  runningVm,
  waitFor,
} from './velero-roundtrip-helpers';

let cluster: TestCluster;
const GI2 = 2 * 1024 ** 3;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster);
  await runningVm(cluster, 'fedora');
}, 120_000);

afterAll(async () => {
  await cluster.close();
});

test('snapshotMoveData: DataUploads complete, then a DataDownload with byte progress fills the restored claim', async () => {
  await apply(cluster, backupManifest('moved', { snapshotMoveData: true }));
  const backup = await finished(cluster, 'backup', 'moved');
  expect(backup.status).toMatchObject({
    phase: 'Completed',
    backupItemOperationsAttempted: 1,
    backupItemOperationsCompleted: 1,
  });
  const uploads = await kubectl(cluster, [
    'get',
    'datauploads.velero.io',
    '-n',
    NS,
    '-l',
    'velero.io/backup-name=moved',
    '-o',
    'json',
  ]);
  const [upload] = (
    JSON.parse(uploads.stdout) as {
      items: {
        metadata: { name: string };
        status: { phase: string; progress: Record<string, number> };
      }[];
    }
  ).items;
  expect(upload.status.phase).toBe('Completed');
  expect(upload.status.progress).toEqual({ totalBytes: GI2, bytesDone: GI2 });

  const items = archiveItems(cluster, 'moved');
  const pvc = items.get('resources/persistentvolumeclaims/namespaces/demo/fedora-rootdisk.json');
  expect(pvc?.metadata.annotations).toMatchObject({
    'velero.io/data-upload-name': `${NS}/${upload.metadata.name}`,
    'cdi.kubevirt.io/storage.populatedFor': 'fedora-rootdisk',
  });
  const archived = items.get(
    `resources/datauploads.velero.io/namespaces/${NS}/${upload.metadata.name}.json`,
  );
  expect(archived?.status).toMatchObject({ phase: 'Completed' });
  // Moved data: no VolumeSnapshot items are kept in the archive.
  expect([...items.keys()].filter((path) => path.includes('volumesnapshots'))).toEqual([]);

  await deleteVm(cluster, 'fedora');
  const watch = kubectlWatchUntil(
    cluster,
    [
      'get',
      'datadownloads.velero.io',
      '-n',
      NS,
      '-w',
      '-o',
      'jsonpath={.metadata.name} {.status.phase} {.status.progress.bytesDone}/{.status.progress.totalBytes}{"\\n"}',
    ],
    (line) => / Completed /.test(line),
    60_000,
  );
  await apply(
    cluster,
    restoreManifest(
      'moved-copy',
      { backupName: 'moved', namespaceMapping: { demo: 'demo-copy' } },
      ROUND_TRIP_LABELS,
    ),
  );
  const lines = await watch;
  const inProgress = lines
    .filter((line) => line.includes(' InProgress '))
    .map((line) => Number(/ (\d+)\//.exec(line)?.[1]));
  // Byte progress: seen strictly between nothing and everything, growing, then Completed.
  expect(inProgress.some((done) => done > 0 && done < GI2)).toBe(true);
  expect([...inProgress].sort((a, b) => a - b)).toEqual(inProgress);
  expect(lines[lines.length - 1]).toMatch(new RegExp(` Completed ${GI2}/${GI2}$`));

  const restore = await finished(cluster, 'restore', 'moved-copy');
  expect(restore.status).toMatchObject({ phase: 'Completed', errors: 0 });
  const claim = await waitFor(
    cluster,
    ['pvc', 'demo-copy', 'fedora-rootdisk'],
    'the restored PVC Bound',
    (o) => o.status?.phase === 'Bound',
  );
  expect(claim.spec.dataSource).toBeUndefined();
  const vm = await waitFor(
    cluster,
    ['vm', 'demo-copy', 'fedora'],
    'the restored VM Stopped',
    (o) => o.status?.printableStatus === 'Stopped',
  );
  expect(vm.spec.runStrategy).toBe('Halted');
  await waitFor(
    cluster,
    ['dv', 'demo-copy', 'fedora-rootdisk'],
    'the DataVolume Succeeded',
    (o) => o.status?.phase === 'Succeeded',
  );
});
