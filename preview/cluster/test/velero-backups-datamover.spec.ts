/**
 * The data mover through @kubernetes/client-node (issue 8 part 3): `snapshotMoveData` makes one
 * DataUpload per claim, labelled with the backup, New → Accepted → Prepared → InProgress →
 * Completed with bytesDone reaching totalBytes; the backup waits for it
 * (WaitingForPluginOperations) and ends Completed. Without a node agent the upload waits in
 * Accepted; the fail knob makes it Failed and the backup PartiallyFailed.
 */
import { ClientNode, eventually, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest } from './fixtures';
import {
  NS,
  BUCKET,
  backupManifest,
  bucketJson,
  bareDpaManifest,
  installOadpWithDefaultLocation,
} from './velero-fixtures';

let cluster: TestCluster;
let client: ClientNode;

type Obj = {
  metadata: {
    name: string;
    labels?: Record<string, string>;
    ownerReferences?: { kind: string; name: string }[];
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & {
    phase?: string;
    progress?: { totalBytes?: number; bytesDone?: number };
  };
};
const GIB = 2 ** 30;
const DU_PATH = `/apis/velero.io/v2alpha1/namespaces/${NS}/datauploads`;
const KNOB = 'local-cluster.vm-data-protection.io';

const backupRef = (name: string) => ({
  object: { apiVersion: 'velero.io/v1', kind: 'Backup', metadata: { name, namespace: NS } },
});

async function apply(object: Record<string, unknown>): Promise<void> {
  await client.ok('create', { object });
}

async function phaseOf(name: string): Promise<string | undefined> {
  const answer = await client.call('read', backupRef(name));
  return answer.ok ? (answer.result as Obj).status?.phase : undefined;
}

async function backupReaches(name: string, phase: string): Promise<Obj> {
  await eventually(
    async () => ((await phaseOf(name)) === phase ? true : undefined),
    `${name} ${phase}`,
  );
  return (await client.ok('read', backupRef(name))) as unknown as Obj;
}

async function uploadsOf(backup: string): Promise<Obj[]> {
  const list = await client.ok<{ items: Obj[] }>('list', {
    apiVersion: 'velero.io/v2alpha1',
    kind: 'DataUpload',
    namespace: NS,
    labelSelector: `velero.io/backup-name=${backup}`,
  });
  return list.items;
}

async function annotateClaim(
  name: string,
  annotations: Record<string, string | null>,
): Promise<void> {
  await client.ok('patch', {
    strategy: 'merge',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name, namespace: 'demo', annotations },
    },
  });
}

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 200 });
  client = new ClientNode(cluster);
  await installOadpWithDefaultLocation(apply);
  await apply(vmManifest('mover', { disks: [{ name: 'rootdisk', size: '10Gi' }] }));
  await eventually(async () => {
    const vm = await client.call('read', {
      object: {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachine',
        metadata: { name: 'mover', namespace: 'demo' },
      },
    });
    return vm.ok && (vm.result as Obj).status?.printableStatus === 'Running' ? true : undefined;
  }, 'the VM to run');
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

test('snapshotMoveData: a DataUpload from New to Completed, bytesDone reaching totalBytes', async () => {
  // Ten simulated minutes for the upload: 3 s here, so the watch sees the bytes grow.
  await annotateClaim('mover-rootdisk', { [`${KNOB}/upload-duration`]: '10m' });
  const watched = client.ok<{ matched: boolean; events: { type: string; object: Obj }[] }>(
    'watch',
    {
      path: DU_PATH,
      params: { labelSelector: 'velero.io/backup-name=moved' },
      until: { path: ['status', 'phase'], equals: 'Completed' },
      timeoutMs: 20_000,
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  await apply(backupManifest('moved', { snapshotMoveData: true }));
  const events = await watched;
  expect(events.matched).toBe(true);
  const phases = [...new Set(events.events.map((e) => e.object.status?.phase))];
  expect(phases).toEqual(['New', 'Accepted', 'Prepared', 'InProgress', 'Completed']);
  const done = events.events.map((e) => e.object.status?.progress?.bytesDone ?? 0);
  expect(new Set(done.filter((b) => b > 0 && b < 10 * GIB)).size).toBeGreaterThan(1);
  const [upload] = events.events.slice(-1).map((e) => e.object);
  expect(upload.metadata.name).toMatch(/^moved-[a-z0-9]{5}$/);
  expect(upload.metadata.ownerReferences).toMatchObject([{ kind: 'Backup', name: 'moved' }]);
  expect(Object.keys(upload.metadata.labels ?? {}).sort()).toEqual([
    'velero.io/async-operation-id',
    'velero.io/backup-name',
    'velero.io/backup-uid',
    'velero.io/pvc-uid',
  ]);
  expect(upload.spec).toMatchObject({
    snapshotType: 'CSI',
    sourcePVC: 'mover-rootdisk',
    sourceNamespace: 'demo',
    backupStorageLocation: 'default',
    operationTimeout: '1h0m0s',
  });
  expect(upload.status).toMatchObject({
    phase: 'Completed',
    node: 'worker-0',
    acceptedByNode: 'worker-0',
    nodeOS: 'linux',
    progress: { totalBytes: 10 * GIB, bytesDone: 10 * GIB },
  });
  const backup = await backupReaches('moved', 'Completed');
  expect(backup.status).toMatchObject({
    backupItemOperationsAttempted: 1,
    backupItemOperationsCompleted: 1,
  });
  expect(backup.status?.csiVolumeSnapshotsAttempted).toBeUndefined();
  // The staging snapshot is gone; the data is in the bucket's stand-in for Kopia.
  const snapshots = await client.ok<{ items: Obj[] }>('list', {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshot',
    namespace: 'demo',
    labelSelector: 'velero.io/backup-name=moved',
  });
  expect(snapshots.items).toEqual([]);
  const stored = cluster.context.objectStore.get(
    BUCKET,
    `velero/kopia/demo/${String(upload.status?.snapshotID)}`,
  );
  expect(JSON.parse(stored?.toString() ?? '{}')).toEqual({
    pvc: 'mover-rootdisk',
    namespace: 'demo',
    size: 10 * GIB,
    storageClass: 'ocs-storagecluster-ceph-rbd-virtualization',
  });
  const infos = bucketJson(cluster, 'moved', '-volumeinfo.json.gz') as {
    snapshotDataMovementInfo?: Record<string, unknown>;
  }[];
  expect(infos[0].snapshotDataMovementInfo).toMatchObject({
    dataMover: 'velero',
    uploaderType: 'kopia',
    Phase: 'Completed',
    size: 10 * GIB,
    snapshotHandle: upload.status?.snapshotID,
  });
  await annotateClaim('mover-rootdisk', { [`${KNOB}/upload-duration`]: null });
});

test('without a node agent the DataUpload waits in Accepted; with one it goes on', async () => {
  const dpa = bareDpaManifest({ nodeAgent: false });
  await client.ok('patch', {
    strategy: 'merge',
    object: { ...dpa, metadata: { name: 'dpa-sample', namespace: NS } },
  });
  await apply(backupManifest('no-agent', { snapshotMoveData: true }));
  await backupReaches('no-agent', 'WaitingForPluginOperations');
  await eventually(
    async () => ((await uploadsOf('no-agent'))[0]?.status?.phase === 'Accepted' ? true : undefined),
    'Accepted',
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const [waiting] = await uploadsOf('no-agent');
  expect(waiting.status?.phase).toBe('Accepted');
  expect(waiting.status?.acceptedByNode).toBeUndefined();
  expect(await phaseOf('no-agent')).toBe('WaitingForPluginOperations');
  await client.ok('patch', {
    strategy: 'merge',
    object: {
      ...bareDpaManifest({ nodeAgent: true }),
      metadata: { name: 'dpa-sample', namespace: NS },
    },
  });
  await backupReaches('no-agent', 'Completed');
});

test('the upload-fail knob: the DataUpload fails, the backup ends PartiallyFailed', async () => {
  await annotateClaim('mover-rootdisk', { [`${KNOB}/upload-fail`]: 'disk read error' });
  await apply(backupManifest('broken-upload', { snapshotMoveData: true }));
  const backup = await backupReaches('broken-upload', 'PartiallyFailed');
  expect(backup.status).toMatchObject({
    errors: 1,
    backupItemOperationsAttempted: 1,
    backupItemOperationsFailed: 1,
  });
  const [upload] = await uploadsOf('broken-upload');
  expect(upload.status).toMatchObject({
    phase: 'Failed',
    message: 'data path backup failed: Failed to run kopia backup: disk read error',
    progress: { totalBytes: 10 * GIB, bytesDone: 5 * GIB },
  });
  // Errors of asynchronous operations raise the count but are not in the results file.
  expect(bucketJson(cluster, 'broken-upload', '-results.gz')).toEqual({ errors: {}, warnings: {} });
  await annotateClaim('mover-rootdisk', { [`${KNOB}/upload-fail`]: null });
});
