/**
 * The backend against the local cluster's Velero simulation: real DownloadRequests, signed
 * URLs into the simulated bucket, and the API server's own RBAC answers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { kinds } from '../../preview/cluster/cluster-context';
import type { StoredObject } from '../../preview/cluster/api/types';
import { backupFiles, putArchive } from '../../preview/cluster/controllers/velero/backup-files';
import {
  BUCKET_UNREACHABLE_ANNOTATION,
  findLocation,
} from '../../preview/cluster/controllers/velero/storage-locations';
import type { TestCluster } from '../../preview/cluster/test/harness';
import { startTestCluster } from '../../preview/cluster/test/harness';
import {
  BUCKET,
  installOadp,
  NS,
  PREFIX,
  putFinishedBackup,
} from '../../preview/cluster/test/velero-fixtures';
import { backendHandler } from '../src/server';

let cluster: TestCluster;
let backend: string;
let closeBackend: () => Promise<void>;
const MAX_LOG = 64 * 1024;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster);
  putFinishedBackup(cluster, 'nightly-1', { phase: 'PartiallyFailed' });
  const results = {
    errors: { velero: [' name: /mixed-storage-scratch message: /Error backing up item'] },
    warnings: {},
  };
  cluster.context.objectStore.put(
    BUCKET,
    `${PREFIX}/backups/nightly-1/nightly-1-results.gz`,
    gzipSync(`${JSON.stringify(results)}\n`),
  );
  const line =
    'time="2026-01-01T10:00:00Z" level=info msg="Backing up item" backup=openshift-adp/big\n';
  putFinishedBackup(cluster, 'big');
  cluster.context.objectStore.put(
    BUCKET,
    `${PREFIX}/backups/big/big-logs.gz`,
    gzipSync(line.repeat(2000)),
  );
  const server = createServer(
    backendHandler(
      {
        host: '127.0.0.1',
        port: 0,
        apiServer: new URL(cluster.url),
        downloadTimeoutMs: 20_000,
        pollMs: 50,
        requestTimeoutMs: 10_000,
        maxJsonBytes: 1024 * 1024,
        maxLogBytes: MAX_LOG,
      },
      () => undefined,
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeBackend = () => new Promise((resolve) => server.close(() => resolve()));
}, 60_000);

afterAll(async () => {
  await closeBackend();
  await cluster.close();
});

const get = (path: string, token = 'admin') =>
  fetch(`${backend}/v1/namespaces/${NS}/backups/${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });

test('results and resource list come back as JSON, through a DownloadRequest Velero processed', async () => {
  const results = await get('nightly-1/results');
  expect(results.status).toBe(200);
  expect(await results.json()).toEqual({
    errors: { velero: [' name: /mixed-storage-scratch message: /Error backing up item'] },
    warnings: {},
  });
  const list = await get('nightly-1/resource-list');
  expect(await list.json()).toEqual({ 'kubevirt.io/v1/VirtualMachine': ['demo/vm1'] });
  const requests = cluster.context.objects.list(
    kinds(cluster.context.registry).downloadRequest,
    NS,
  );
  expect(requests.map((r) => (r.spec as { target: unknown }).target)).toEqual(
    expect.arrayContaining([
      { kind: 'BackupResults', name: 'nightly-1' },
      { kind: 'BackupResourceList', name: 'nightly-1' },
    ]),
  );
});

test("viewer gets the API server's 403, a missing backup its 404", async () => {
  const denied = await get('nightly-1/results', 'viewer');
  expect(denied.status).toBe(403);
  expect(((await denied.json()) as { message: string }).message).toContain(
    'User "viewer" cannot get resource "backups"',
  );
  const missing = await get('gone/results');
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as { message: string }).message).toBe(
    'backups.velero.io "gone" not found',
  );
});

test('virtual-machines: the VMs of the archive the local Velero wrote, each once', async () => {
  putFinishedBackup(cluster, 'with-vms');
  const k = kinds(cluster.context.registry);
  const object = (name: string, extra: Record<string, unknown>) =>
    ({
      metadata: { namespace: 'demo', name, uid: `uid-${name}`, resourceVersion: '1' },
      ...extra,
    }) as StoredObject;
  const vm = object('centos-batch', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    spec: {
      dataVolumeTemplates: [{ metadata: { name: 'centos-batch-rootdisk' } }],
      template: { spec: { volumes: [{ dataVolume: { name: 'centos-batch-rootdisk' } }] } },
    },
  });
  vm.metadata.labels = { 'vm.kubevirt.io/name': 'centos-batch' };
  const dv = object('centos-batch-rootdisk', { apiVersion: 'cdi.kubevirt.io/v1beta1' });
  dv.metadata.labels = { 'kubevirt.io/created-by': 'uid-centos-batch' };
  const bsl = findLocation(cluster.context, 'dpa-sample-1');
  const files = bsl && backupFiles(bsl, 'with-vms');
  if (!files) throw new Error('no location');
  putArchive(cluster.context, files, [
    { type: k.vm, object: vm, via: '' },
    { type: k.dataVolume, object: dv, via: '' },
    { type: k.secret, object: object('token', { data: { t: 'c2VjcmV0' } }), via: '' },
  ]);
  const answer = await get('with-vms/virtual-machines');
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({
    virtualMachines: [
      {
        namespace: 'demo',
        name: 'centos-batch',
        uid: 'uid-centos-batch',
        labels: { 'vm.kubevirt.io/name': 'centos-batch' },
        claims: ['centos-batch-rootdisk'],
      },
    ],
    claims: [
      {
        kind: 'DataVolume',
        namespace: 'demo',
        name: 'centos-batch-rootdisk',
        labels: { 'kubevirt.io/created-by': 'uid-centos-batch' },
      },
    ],
  });
  const requests = cluster.context.objects.list(k.downloadRequest, NS);
  expect(requests.map((r) => (r.spec as { target: unknown }).target)).toContainEqual({
    kind: 'BackupContents',
    name: 'with-vms',
  });
});

test('a log over the cap is cut there, and the cap is announced', async () => {
  const log = await get('big/log');
  expect(log.status).toBe(200);
  expect(log.headers.get('x-vdp-log-limit')).toBe(String(MAX_LOG));
  expect((await log.text()).length).toBe(MAX_LOG);
});

test('an unreachable bucket: Velero never answers, and the timeout names the location', async () => {
  const type = kinds(cluster.context.registry).backupStorageLocation;
  const bsl = cluster.context.objects.get(type, NS, 'dpa-sample-1');
  if (!bsl) throw new Error('no BSL');
  cluster.context.objects.update(type, {
    ...bsl,
    metadata: {
      ...bsl.metadata,
      annotations: { ...bsl.metadata.annotations, [BUCKET_UNREACHABLE_ANNOTATION]: 'true' },
    },
  });
  const short = createServer(
    backendHandler(
      {
        host: '127.0.0.1',
        port: 0,
        apiServer: new URL(cluster.url),
        downloadTimeoutMs: 1500,
        pollMs: 50,
        requestTimeoutMs: 5000,
        maxJsonBytes: 1024,
        maxLogBytes: 1024,
      },
      () => undefined,
    ),
  );
  await new Promise<void>((resolve) => short.listen(0, '127.0.0.1', resolve));
  try {
    const answer = await fetch(
      `http://127.0.0.1:${(short.address() as AddressInfo).port}/v1/namespaces/${NS}/backups/nightly-1/volume-infos`,
      {
        headers: { Authorization: 'Bearer admin' },
      },
    );
    expect(answer.status).toBe(504);
    expect(((await answer.json()) as { message: string }).message).toContain(
      'check that backup storage location "dpa-sample-1" is available',
    );
  } finally {
    await new Promise<void>((resolve) => short.close(() => resolve()));
  }
}, 30_000);
