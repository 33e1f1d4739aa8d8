/**
 * Bad input to the server itself (issue 4, "Done when"): every case gets a Kubernetes Status,
 * the server keeps serving and the store is unchanged.
 */
import { settled, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { request } from './raw-http';
import { vmManifest } from './fixtures';

let cluster: TestCluster;
const VMS = '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines';
const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  cluster = await startTestCluster();
});

afterAll(async () => {
  await cluster.close();
});

async function expectStatus(
  response: Awaited<ReturnType<typeof request>>,
  code: number,
  reason: string,
): Promise<Record<string, unknown>> {
  expect(response.status).toBe(code);
  expect(response.headers['content-type']).toBe('application/json');
  const status = response.json();
  expect(status).toMatchObject({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    code,
    reason,
  });
  return Promise.resolve(status);
}

test('every bad request gets a Status and none of them changes the store', async () => {
  await settled(cluster);
  const before = cluster.context.store.resourceVersion();
  const listBefore = await request(`${cluster.url}${VMS}`);

  await expectStatus(
    await request(`${cluster.url}${VMS}`, {
      method: 'POST',
      headers: json,
      body: '{"apiVersion": "kubevirt.io/v1", "kind": ',
    }),
    400,
    'BadRequest',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, { method: 'POST', headers: json, body: '[1, 2, 3]' }),
    400,
    'BadRequest',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(vmManifest('plain')),
    }),
    415,
    'UnsupportedMediaType',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, {
      method: 'POST',
      body: JSON.stringify(vmManifest('untyped')),
    }),
    415,
    'UnsupportedMediaType',
  );
  const huge = JSON.stringify({
    ...vmManifest('huge'),
    metadata: {
      name: 'huge',
      namespace: 'demo',
      annotations: { big: 'x'.repeat(4 * 1024 * 1024) },
    },
  });
  const tooLarge = await expectStatus(
    await request(`${cluster.url}${VMS}`, { method: 'POST', headers: json, body: huge }),
    413,
    'RequestEntityTooLarge',
  );
  expect(tooLarge.message).toBe('Request entity too large: limit is 3145728');
  await expectStatus(
    await request(`${cluster.url}/apis/kubevirt.io/v1/namespaces/demo/virtualmachinegizmos`),
    404,
    'NotFound',
  );
  await expectStatus(
    await request(`${cluster.url}/apis/nonexistent.io/v1/things`),
    404,
    'NotFound',
  );
  await expectStatus(
    await request(`${cluster.url}/apis/kubevirt.io/v9/namespaces/demo/virtualmachines`),
    404,
    'NotFound',
  );
  await expectStatus(await request(`${cluster.url}/definitely/not/here`), 404, 'NotFound');
  // Path traversal: neither a literal nor an encoded ".." or "/" may reach another object or file.
  for (const rawPath of [
    `${VMS}/../../../../api/v1/namespaces`,
    `${VMS}/..%2F..%2Fsecrets`,
    `${VMS}/%2e%2e`,
    `${VMS}/a%2Fb`,
    `${VMS}/%E0%A4%A`,
  ]) {
    await expectStatus(await request(cluster.url, { rawPath }), 400, 'BadRequest');
  }
  const traversalName = await request(`${cluster.url}${VMS}`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      ...vmManifest('x'),
      metadata: { name: '../../etc/passwd', namespace: 'demo' },
    }),
  });
  const invalid = await expectStatus(traversalName, 422, 'Invalid');
  expect(JSON.stringify(invalid.details)).toContain('metadata.name');
  await expectStatus(
    await request(`${cluster.url}${VMS}/missing`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: '{}',
    }),
    404,
    'NotFound',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, { method: 'OPTIONS' }),
    405,
    'MethodNotAllowed',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}?labelSelector=${encodeURIComponent('a in (b')}`),
    400,
    'BadRequest',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}?fieldSelector=spec.running%3Dtrue`),
    400,
    'BadRequest',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, { headers: { Authorization: 'Bearer stolen' } }),
    401,
    'Unauthorized',
  );
  await expectStatus(
    await request(`${cluster.url}${VMS}`, { headers: { Host: 'attacker.example:8001' } }),
    403,
    'Forbidden',
  );

  expect(cluster.context.store.resourceVersion()).toBe(before);
  const listAfter = await request(`${cluster.url}${VMS}`);
  expect(listAfter.status).toBe(200);
  expect(listAfter.json()).toEqual(listBefore.json());
  expect(cluster.logs.filter((l) => l.includes('Internal error'))).toEqual([]);
});

test('the server keeps answering after a client drops mid-request', async () => {
  const { connect } = await import('node:net');
  await new Promise<void>((resolve) => {
    const socket = connect(cluster.port, '127.0.0.1', () => {
      socket.write(
        `POST ${VMS} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"apiVersion":`,
      );
      socket.destroy();
      resolve();
    });
  });
  const garbage = await new Promise<string>((resolve) => {
    const socket = connect(cluster.port, '127.0.0.1', () =>
      socket.write('NOT HTTP AT ALL\r\n\r\n'),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
  });
  expect(garbage).toMatch(/^HTTP\/1\.1 400/);
  expect((await request(`${cluster.url}/healthz`)).body).toBe('ok');
});
