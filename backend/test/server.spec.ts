/** The backend's protocol: token use, DownloadRequest flow, error mapping, limits. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendConfig } from '../src/config';
import { backendHandler } from '../src/server';
import type { FakeCluster } from './fake-cluster';
import { gz, startFakeCluster } from './fake-cluster';

let cluster: FakeCluster;
let backend: string;
let close: () => Promise<void>;
const logged: string[] = [];

beforeAll(async () => {
  cluster = await startFakeCluster();
  const config: BackendConfig = {
    host: '127.0.0.1',
    port: 0,
    apiServer: new URL(cluster.url),
    downloadTimeoutMs: 400,
    pollMs: 20,
    requestTimeoutMs: 2000,
    maxJsonBytes: 4096,
    maxLogBytes: 64,
  };
  const server = createServer(backendHandler(config, (line) => logged.push(line)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  cluster.backups.set('nightly-1', 'dpa-sample-1');
  cluster.files.set(
    'nightly-1/BackupResults',
    gz('{"errors":{"velero":[" name: /disk"]},"warnings":{}}'),
  );
  cluster.files.set(
    'nightly-1/BackupLog',
    gz('time="t" level=info msg="Backing up item"\n'.repeat(10)),
  );
  cluster.files.set('nightly-1/BackupResourceList', gz(`{"v1/Pod":["${'x'.repeat(5000)}"]}`));
});
afterAll(async () => {
  await close();
  await cluster.close();
});
beforeEach(() => {
  cluster.requests.length = 0;
  cluster.processes.value = true;
});

const get = (path: string, token: string | null = 'admin-token', method = 'GET') =>
  fetch(`${backend}${path}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
const results = '/v1/namespaces/openshift-adp/backups/nightly-1/results';

test('results: the user token goes to the API only, the signed URL gets none', async () => {
  const response = await get(results);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ errors: { velero: [' name: /disk'] }, warnings: {} });
  const api = cluster.requests.filter((r) => r.path.startsWith('/apis/'));
  expect(api.map((r) => `${r.method} ${r.path}`).slice(0, 2)).toEqual([
    'GET /apis/velero.io/v1/namespaces/openshift-adp/backups/nightly-1',
    'POST /apis/velero.io/v1/namespaces/openshift-adp/downloadrequests',
  ]);
  expect(api.every((r) => r.authorization === 'Bearer admin-token')).toBe(true);
  expect(cluster.requests.find((r) => r.path.startsWith('/bucket/'))).toEqual({
    method: 'GET',
    path: '/bucket/nightly-1/BackupResults',
  });
  expect(logged.join('\n')).not.toContain('admin-token');
});

test("the API server's own message and status come back (403, 404)", async () => {
  const denied = await get(results, 'viewer');
  expect(denied.status).toBe(403);
  expect(await denied.json()).toMatchObject({
    kind: 'Status',
    code: 403,
    message:
      'backups.velero.io is forbidden: User "viewer" cannot get resource "backups" in API group "velero.io" in the namespace "openshift-adp"',
  });
  const missing = await get('/v1/namespaces/openshift-adp/backups/gone/results');
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ message: 'backups.velero.io "gone" not found' });
  expect(cluster.requests.some((r) => r.method === 'POST')).toBe(false);
});

test('no token: 401 before anything is asked of the API', async () => {
  const response = await get(results, null);
  expect(response.status).toBe(401);
  expect(cluster.requests).toEqual([]);
});

test('Velero never processing the request: 504 naming the storage location', async () => {
  cluster.processes.value = false;
  const response = await get(results);
  expect(response.status).toBe(504);
  expect(await response.json()).toMatchObject({
    message: expect.stringContaining(
      'check that backup storage location "dpa-sample-1" is available',
    ) as unknown,
  });
});

test('a log is streamed as text and cut at the cap, which a header announces', async () => {
  const response = await get('/v1/namespaces/openshift-adp/backups/nightly-1/log');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('x-vdp-log-limit')).toBe('64');
  const text = await response.text();
  expect(text).toHaveLength(64);
  expect(text.startsWith('time="t" level=info msg="Backing up item"\n')).toBe(true);
});

test('?download=true names the saved file after the backup', async () => {
  const response = await get('/v1/namespaces/openshift-adp/backups/nightly-1/log?download=true');
  expect(response.headers.get('content-disposition')).toBe(
    'attachment; filename="nightly-1-backup-log.txt"',
  );
});

test('JSON over the size limit is 413; a file missing from the bucket is 404', async () => {
  const big = await get('/v1/namespaces/openshift-adp/backups/nightly-1/resource-list');
  expect(big.status).toBe(413);
  expect(await big.json()).toMatchObject({ message: 'the file is larger than 4096 bytes' });
  const absent = await get('/v1/namespaces/openshift-adp/backups/nightly-1/volume-infos');
  expect(absent.status).toBe(404);
  expect(await absent.json()).toMatchObject({
    message: 'the file is not in the backup storage location',
  });
});

test('only GET; health without a token; unknown paths 404', async () => {
  expect((await get(results, 'admin-token', 'POST')).status).toBe(405);
  const health = await get('/healthz', null);
  expect(health.status).toBe(200);
  expect((await get('/v1/namespaces/openshift-adp/backups/nightly-1/contents')).status).toBe(404);
  expect(cluster.requests.filter((r) => r.method === 'POST')).toEqual([]);
});
