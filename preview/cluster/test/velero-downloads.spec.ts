/**
 * DownloadRequests and the signed URLs the cluster serves (controllers/velero/download-
 * requests.ts, server/signed-download.ts): every target kind gets a URL valid 10 minutes that
 * returns the stored gzip byte for byte (curl, gunzip), with no token; a tampered or expired
 * URL is refused, a missing file is 404; no URL without the Backup (or Restore) or with an
 * unreachable bucket; expired requests are deleted.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { kinds } from '../cluster-context';
import { ClientNode, eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import {
  BUCKET,
  NS,
  PREFIX,
  advanceClock,
  apply,
  fetchBytes,
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
  putFinishedBackup(cluster, 'nightly-1');
  const store = cluster.context.objectStore;
  store.put(
    BUCKET,
    `${PREFIX}/restores/restore-1/restore-restore-1-logs.gz`,
    Buffer.from([31, 139, 8, 0, 1]),
  );
  cluster.context.objects.create(kinds(cluster.context.registry).restore, {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name: 'restore-1', namespace: NS },
    spec: { backupName: 'nightly-1' },
    status: { phase: 'Completed' },
  });
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Request = { status?: { phase?: string; downloadURL?: string; expiration?: string } };

const downloadRequest = (name: string, kind: string, target: string) => ({
  apiVersion: 'velero.io/v1',
  kind: 'DownloadRequest',
  metadata: { name, namespace: NS },
  spec: { target: { kind, name: target } },
});

async function read(name: string): Promise<Request | undefined> {
  const answer = await client.call('read', { object: downloadRequest(name, 'BackupLog', '') });
  return answer.ok ? (answer.result as Request) : undefined;
}

async function urlOf(name: string, kind: string, target: string): Promise<string> {
  await apply(cluster, downloadRequest(name, kind, target));
  const done = await eventually(async () => {
    const r = await read(name);
    return r?.status?.phase === 'Processed' ? r : undefined;
  }, `${name} Processed`);
  return done.status?.downloadURL ?? '';
}

test.each([
  ['BackupLog', 'nightly-1', 'backups/nightly-1/nightly-1-logs.gz'],
  ['BackupContents', 'nightly-1', 'backups/nightly-1/nightly-1.tar.gz'],
  ['BackupResults', 'nightly-1', 'backups/nightly-1/nightly-1-results.gz'],
  ['BackupResourceList', 'nightly-1', 'backups/nightly-1/nightly-1-resource-list.json.gz'],
  ['BackupVolumeInfos', 'nightly-1', 'backups/nightly-1/nightly-1-volumeinfo.json.gz'],
  ['BackupItemOperations', 'nightly-1', 'backups/nightly-1/nightly-1-itemoperations.json.gz'],
  ['RestoreLog', 'restore-1', 'restores/restore-1/restore-restore-1-logs.gz'],
])('%s of %s: Processed, 10 minutes, the stored bytes', async (kind, target, key) => {
  const name = `${target}-${kind.toLowerCase()}`;
  const url = await urlOf(name, kind, target);
  const request = await read(name);
  expect(url).toMatch(
    new RegExp(
      `^${cluster.url}/object-store/${BUCKET}/${PREFIX}/${key}\\?X-Expires=\\d+&X-Signature=[0-9a-f]{64}$`,
    ),
  );
  const ttl = Date.parse(request?.status?.expiration ?? '') - cluster.context.clock.now();
  expect(ttl).toBeGreaterThan(9 * 60_000);
  expect(ttl).toBeLessThanOrEqual(10 * 60_000);
  const fetched = await fetchBytes(url);
  expect(fetched.status).toBe(200);
  expect(
    fetched.body.equals(
      cluster.context.objectStore.get(BUCKET, `${PREFIX}/${key}`) ?? Buffer.alloc(0),
    ),
  ).toBe(true);
});

test('curl and gunzip read the results and the resource list in Velero format, without a token', async () => {
  // Asynchronous: the server answering curl runs in this process.
  const { stdout: results } = await promisify(execFile)('sh', [
    '-c',
    `curl -sf --max-time 10 '${await urlOf('r', 'BackupResults', 'nightly-1')}' | gunzip`,
  ]);
  expect(JSON.parse(results)).toEqual({ errors: {}, warnings: {} });
  const list = gunzipSync(
    (await fetchBytes(await urlOf('l', 'BackupResourceList', 'nightly-1'))).body,
  );
  expect(list.toString()).toBe('{"kubevirt.io/v1/VirtualMachine":["demo/vm1"]}\n');
});

test('a tampered URL is 403 SignatureDoesNotMatch; another key with the same signature too', async () => {
  const url = await urlOf('t', 'BackupLog', 'nightly-1');
  const tampered = url.replace(
    /X-Signature=([0-9a-f])/,
    (_m, c: string) => `X-Signature=${c === 'a' ? 'b' : 'a'}`,
  );
  const refused = await fetchBytes(tampered);
  expect(refused.status).toBe(403);
  expect(refused.body.toString()).toContain('<Code>SignatureDoesNotMatch</Code>');
  const otherKey = url.replace('nightly-1-logs.gz', 'nightly-1-results.gz');
  expect((await fetchBytes(otherKey)).status).toBe(403);
  const later = url.replace(/X-Expires=(\d+)/, (_m, n: string) => `X-Expires=${Number(n) + 3600}`);
  expect((await fetchBytes(later)).status).toBe(403);
});

test('a signed URL to a file that is not there is 404 NoSuchKey', async () => {
  const url = await urlOf('csi', 'CSIBackupVolumeSnapshots', 'nightly-1');
  const missing = await fetchBytes(url);
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toContain('<Code>NoSuchKey</Code>');
});

test('no URL without the Backup, without the Restore, or with the bucket unreachable', async () => {
  await apply(cluster, downloadRequest('no-backup', 'BackupLog', 'never-made'));
  await apply(cluster, downloadRequest('no-restore', 'RestoreLog', 'never-made'));
  await eventually(
    async () => ((await read('no-restore'))?.status?.expiration ? true : undefined),
    'expiration set',
  );
  await kubectl(cluster, [
    'annotate',
    'bsl',
    'dpa-sample-1',
    '-n',
    NS,
    'local-cluster.vm-data-protection.io/bucket-unreachable=true',
  ]);
  await apply(cluster, downloadRequest('unreachable', 'BackupLog', 'nightly-1'));
  await eventually(
    async () => ((await read('unreachable'))?.status?.expiration ? true : undefined),
    'expiration set',
  );
  for (const name of ['no-backup', 'no-restore', 'unreachable']) {
    const status = (await read(name))?.status;
    expect(status?.downloadURL).toBeUndefined();
    expect(status?.phase).toBeUndefined();
  }
  await kubectl(cluster, [
    'annotate',
    'bsl',
    'dpa-sample-1',
    '-n',
    NS,
    'local-cluster.vm-data-protection.io/bucket-unreachable-',
  ]);
});

test('after 10 minutes the URL is refused as expired and the request is deleted', async () => {
  const url = await urlOf('expiring', 'BackupLog', 'nightly-1');
  expect((await fetchBytes(url)).status).toBe(200);
  await advanceClock(cluster, '10m1s');
  const expired = await fetchBytes(url);
  expect(expired.status).toBe(403);
  expect(expired.body.toString()).toContain('<Message>Request has expired</Message>');
  await eventually(
    async () => ((await read('expiring')) ? undefined : true),
    'the expired request deleted',
  );
  await eventually(
    async () => ((await read('no-backup')) ? undefined : true),
    'the one without URL deleted',
  );
});
