/**
 * Conformance with the real @kubernetes/client-node: CRUD, patch types, validation, watches
 * (resume from a resourceVersion, 410 Gone), RBAC reviews; plus the console's WebSocket watch.
 */
import WebSocket from 'ws';
import { ClientNode, eventually, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest } from './fixtures';

let cluster: TestCluster;
let admin: ClientNode;

beforeAll(async () => {
  cluster = await startTestCluster({ watchHistory: 100 });
  admin = new ClientNode(cluster);
  await admin.ready;
});

afterAll(async () => {
  admin.close();
  await cluster.close();
});

const configMap = (name: string, data: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'demo' },
  data,
});

test('create, read, list with selectors and pages, patch (merge, JSON) and delete', async () => {
  await admin.ok('create', {
    object: {
      ...vmManifest('crud', { runStrategy: 'Halted' }),
      metadata: { name: 'crud', namespace: 'demo', labels: { tier: 'web' } },
    },
  });
  const read = await admin.ok<{
    metadata: { uid: string; resourceVersion: string; generation: number };
  }>('read', {
    object: {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'crud', namespace: 'demo' },
    },
  });
  expect(read.metadata.generation).toBe(1);
  const listed = await admin.ok<{ items: { metadata: { name: string } }[] }>('list', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    namespace: 'demo',
    labelSelector: 'tier in (web,db)',
  });
  expect(listed.items.map((i) => i.metadata.name)).toEqual(['crud']);
  for (const n of ['a', 'b', 'c']) await admin.ok('create', { object: configMap(`page-${n}`) });
  const page = await admin.ok<{
    items: unknown[];
    metadata: { _continue?: string; remainingItemCount?: number };
  }>('list', { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'demo', limit: 2 });
  expect(page.items).toHaveLength(2);
  expect(page.metadata.remainingItemCount).toBe(1);
  // client-node renames ListMeta.continue to _continue (a reserved word in JavaScript).
  const rest = await admin.ok<{ items: { metadata: { name: string } }[] }>('list', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'demo',
    limit: 2,
    continue: page.metadata._continue,
  });
  expect(rest.items.map((i) => i.metadata.name)).toEqual(['page-c']);
  const byField = await admin.ok<{ items: unknown[] }>('list', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: 'demo',
    fieldSelector: 'metadata.name=page-b',
  });
  expect(byField.items).toHaveLength(1);
  const merged = await admin.ok<{
    metadata: { labels: Record<string, string> };
    spec: { runStrategy: string };
  }>('patch', {
    strategy: 'merge',
    object: {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'crud', namespace: 'demo', labels: { tier: 'db' } },
      spec: { runStrategy: 'Manual' },
    },
  });
  expect(merged.metadata.labels).toEqual({ tier: 'db' });
  expect(merged.spec.runStrategy).toBe('Manual');
  // The VM carries KubeVirt's controller finalizer, so deletion is first a deletionTimestamp.
  const ref = {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: 'crud', namespace: 'demo' },
  };
  await admin.ok('delete', { object: ref });
  await eventually(async () => {
    const answer = await admin.call('read', { object: ref });
    return !answer.ok && answer.error.code === 404 ? true : undefined;
  }, 'the VM to be gone');
  const config = await admin.ok<{ status: string; details: { name: string } }>('delete', {
    object: configMap('page-a'),
  });
  expect(config.details.name).toBe('page-a');
});

test('strategic merge patch on a custom resource is answered 415 UnsupportedMediaType', async () => {
  await admin.ok('create', { object: vmManifest('smp', { runStrategy: 'Halted' }) });
  const answer = await admin.call('patch', {
    strategy: 'strategic',
    object: {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'smp', namespace: 'demo', labels: { a: 'b' } },
    },
  });
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe(415);
  expect(answer.error.body?.reason).toBe('UnsupportedMediaType');
});

test('unknown fields are pruned (default fieldValidation) and invalid ones are 422 with causes', async () => {
  const manifest = vmManifest('extra', { runStrategy: 'Halted' });
  Object.assign(manifest.spec, { notAField: true });
  Object.assign(manifest.spec.template.spec.domain, { madeUp: { deep: 1 } });
  const created = await admin.ok<{
    spec: Record<string, unknown> & { template: { spec: { domain: Record<string, unknown> } } };
  }>('create', { object: manifest });
  expect(created.spec.notAField).toBeUndefined();
  expect(created.spec.template.spec.domain.madeUp).toBeUndefined();
  const bad = vmManifest('bad-types', { runStrategy: 'Halted' });
  Object.assign(bad.spec.template.spec.domain.devices.disks[0], { bootOrder: 'first' });
  const answer = await admin.call('create', { object: bad });
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe(422);
  expect(answer.error.body?.details?.causes).toEqual([
    {
      reason: 'FieldValueTypeInvalid',
      field: 'spec.template.spec.domain.devices.disks[0].bootOrder',
      message:
        'Invalid value: "string": spec.template.spec.domain.devices.disks[0].bootOrder in body must be of type integer: "first"',
    },
  ]);
  // KubeVirt's webhook checks what the schema leaves open, such as the run strategy.
  const webhook = await admin.call('create', {
    object: vmManifest('bad-strategy', { runStrategy: 'Sometimes' }),
  });
  expect(webhook.ok ? undefined : webhook.error.body?.details?.causes).toEqual([
    {
      reason: 'FieldValueInvalid',
      field: 'spec.runStrategy',
      message: 'Invalid RunStrategy (Sometimes)',
    },
  ]);
});

test('a replace with a stale resourceVersion is a 409', async () => {
  const first = await admin.ok<{ metadata: Record<string, unknown> }>('create', {
    object: configMap('cas', { v: '1' }),
  });
  await admin.ok('replace', { object: { ...first, data: { v: '2' } } });
  const answer = await admin.call('replace', { object: { ...first, data: { v: '3' } } });
  expect(answer.ok ? 0 : answer.error.code).toBe(409);
});

test('a watch resumes after a resourceVersion and only sees later changes', async () => {
  const before = await admin.ok<{ metadata: { resourceVersion: string } }>('create', {
    object: configMap('resume-1'),
  });
  await admin.ok('create', { object: configMap('resume-2') });
  await admin.ok('patch', { strategy: 'merge', object: { ...configMap('resume-1', { x: 'y' }) } });
  const watched = await admin.ok<{ events: { type: string; name: string }[]; matched: boolean }>(
    'watch',
    {
      path: '/api/v1/namespaces/demo/configmaps',
      params: { resourceVersion: before.metadata.resourceVersion },
      until: { count: 2 },
      timeoutMs: 5000,
    },
  );
  expect(watched.matched).toBe(true);
  expect(watched.events.map((e) => `${e.type} ${e.name}`)).toEqual([
    'ADDED resume-2',
    'MODIFIED resume-1',
  ]);
});

test('a watch from a resourceVersion older than the window gets 410 Expired', async () => {
  const old = await admin.ok<{ metadata: { resourceVersion: string } }>('create', {
    object: configMap('old-start'),
  });
  for (let i = 0; i < 110; i++)
    await admin.ok('patch', {
      strategy: 'merge',
      object: configMap('old-start', { n: String(i) }),
    });
  const watched = await admin.ok<{
    events: { type: string; object: { code?: number; reason?: string } }[];
  }>('watch', {
    path: '/api/v1/namespaces/demo/configmaps',
    params: { resourceVersion: old.metadata.resourceVersion },
    until: { type: 'ERROR' },
    timeoutMs: 5000,
  });
  expect(watched.events[0]).toMatchObject({
    type: 'ERROR',
    object: { code: 410, reason: 'Expired' },
  });
});

test('SelfSubjectAccessReview answers by the RBAC rules', async () => {
  const viewer = { context: 'viewer' };
  const review = await admin.ok<{ status: { allowed: boolean } }>('can-i', {
    ...viewer,
    namespace: 'demo',
    verb: 'create',
    group: 'snapshot.kubevirt.io',
    resource: 'virtualmachinesnapshots',
  });
  expect(review.status.allowed).toBe(false);
  const read = await admin.ok<{ status: { allowed: boolean } }>('can-i', {
    ...viewer,
    namespace: 'demo',
    verb: 'watch',
    group: 'kubevirt.io',
    resource: 'virtualmachines',
  });
  expect(read.status.allowed).toBe(true);
  const create = await admin.call('create', { ...viewer, object: configMap('from-viewer') });
  expect(create.ok ? 0 : create.error.code).toBe(403);
});

test('a WebSocket watch (as the console opens it) streams one JSON event per text frame', async () => {
  const vm = await admin.ok<{ metadata: { resourceVersion: string } }>('create', {
    object: vmManifest('ws-vm', { runStrategy: 'Halted' }),
  });
  const url = `${cluster.url.replace('http', 'ws')}/apis/kubevirt.io/v1/namespaces/demo/virtualmachines?watch=true&resourceVersion=${vm.metadata.resourceVersion}&fieldSelector=${encodeURIComponent('metadata.name=ws-vm')}`;
  const token = Buffer.from('viewer').toString('base64url');
  const socket = new WebSocket(url, [
    `base64url.bearer.authorization.k8s.io.${token}`,
    'base64.binary.k8s.io',
  ]);
  const frames: {
    type: string;
    object: { metadata: { name: string }; status?: { printableStatus?: string } };
  }[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no Stopped event; got ${JSON.stringify(frames)}`)),
      5000,
    );
    socket.on('message', (data, isBinary) => {
      expect(isBinary).toBe(false);
      frames.push(
        JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : '') as (typeof frames)[number],
      );
      if (frames.some((f) => f.object.status?.printableStatus === 'Stopped')) {
        clearTimeout(timer);
        resolve();
      }
    });
    socket.on('error', reject);
  });
  socket.terminate();
  expect(socket.protocol).toBe('base64.binary.k8s.io');
  expect(new Set(frames.map((f) => f.object.metadata.name))).toEqual(new Set(['ws-vm']));
  expect(frames.every((f) => f.type === 'MODIFIED')).toBe(true);
  const refused = new WebSocket(url, [
    'base64url.bearer.authorization.k8s.io.' + Buffer.from('nobody').toString('base64url'),
  ]);
  const status = await new Promise<number>((resolve) =>
    refused.on('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    }),
  );
  expect(status).toBe(401);
});
