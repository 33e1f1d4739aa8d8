/**
 * Conformance with the real kubectl 1.33 (issue 4, "Done when"): apply, watch, validation
 * errors, patch types, optimistic concurrency, and RBAC; garbage collection, typed
 * commands and dry runs are in kubectl-lifecycle.spec.ts.
 */
import { kubectl, kubectlWatchUntil, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { snapshotManifest, vmManifest, yaml } from './fixtures';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
});

afterAll(async () => {
  await cluster.close();
});
test('applies a VM and a snapshot, and a watch sees the snapshot reach Succeeded and readyToUse', async () => {
  const vm = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(vmManifest('web')) });
  expect(vm).toMatchObject({ code: 0, stdout: 'virtualmachine.kubevirt.io/web created\n' });
  const snap = await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(snapshotManifest('web-snap', 'web')),
  });
  expect(snap.stdout).toBe('virtualmachinesnapshot.snapshot.kubevirt.io/web-snap created\n');
  const lines = await kubectlWatchUntil(
    cluster,
    [
      'get',
      'vmsnapshot',
      'web-snap',
      '-n',
      'demo',
      '-w',
      '-o',
      'jsonpath={.status.phase} {.status.readyToUse}{"\\n"}',
    ],
    (line) => line === 'Succeeded true',
  );
  expect(lines[lines.length - 1]).toBe('Succeeded true');
  const table = await kubectl(cluster, ['get', 'vmsnapshot', '-n', 'demo']);
  expect(table.stdout).toMatch(
    /^NAME\s+SOURCEKIND\s+SOURCENAME\s+PHASE\s+READYTOUSE\s+CREATIONTIME\s+ERROR/,
  );
  expect(table.stdout).toMatch(/web-snap\s+VirtualMachine\s+web\s+Succeeded\s+true/);
  const vmTable = await kubectl(cluster, ['get', 'vm', '-A']);
  expect(vmTable.stdout).toMatch(/demo\s+web\s+\S+\s+Running\s+True/);
});

test('kubectl wait follows a watch to a condition', async () => {
  await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(vmManifest('waiter', { runStrategy: 'Halted' })),
  });
  const waited = await kubectl(cluster, [
    'wait',
    '-n',
    'demo',
    'vm/waiter',
    '--for=jsonpath={.status.printableStatus}=Stopped',
    '--timeout=20s',
  ]);
  expect(waited).toMatchObject({
    code: 0,
    stdout: 'virtualmachine.kubevirt.io/waiter condition met\n',
  });
});

test('a wrong-typed field is a 422 naming the field', async () => {
  const bad = vmManifest('typo');
  (bad.spec as Record<string, unknown>).running = 'yes';
  delete (bad.spec as Record<string, unknown>).runStrategy;
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(bad) });
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain(
    'The VirtualMachine "typo" is invalid: spec.running: Invalid value: "string": spec.running in body must be of type boolean: "yes"',
  );
});

test('an invalid name is a 422 naming metadata.name', async () => {
  const result = await kubectl(cluster, ['create', '-f', '-'], {
    input: yaml(vmManifest('Bad_Name')),
  });
  expect(result.stderr).toContain(
    'The VirtualMachine "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain',
  );
});

test('unknown fields: refused under strict validation, pruned when validation is off', async () => {
  const manifest = vmManifest('pruned', { runStrategy: 'Halted' });
  (manifest.spec as Record<string, unknown>).colour = 'blue';
  const strict = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(manifest) });
  expect(strict.stderr).toContain('strict decoding error: unknown field "spec.colour"');
  const lax = await kubectl(cluster, ['apply', '--validate=false', '-f', '-'], {
    input: yaml(manifest),
  });
  expect(lax.code).toBe(0);
  const stored = await kubectl(cluster, ['get', 'vm', 'pruned', '-n', 'demo', '-o', 'json']);
  const spec = (JSON.parse(stored.stdout) as { spec: Record<string, unknown> }).spec;
  expect(spec.colour).toBeUndefined();
  expect(spec.runStrategy).toBe('Halted');
});

test('strategic merge patch on a custom resource is 415; merge and JSON patch work', async () => {
  await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(vmManifest('patchme', { runStrategy: 'Halted' })),
  });
  const strategic = await kubectl(cluster, [
    'patch',
    'vm',
    'patchme',
    '-n',
    'demo',
    '--type=strategic',
    '-p',
    '{"metadata":{"labels":{"a":"b"}}}',
  ]);
  expect(strategic.code).not.toBe(0);
  // kubectl words the 415 itself and quotes the server's message.
  expect(strategic.stderr).toContain(
    'application/strategic-merge-patch+json is not supported by kubevirt.io/v1, Kind=VirtualMachine',
  );
  expect(strategic.stderr).toContain(
    'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
  );
  const merge = await kubectl(cluster, [
    'patch',
    'vm',
    'patchme',
    '-n',
    'demo',
    '--type=merge',
    '-p',
    '{"metadata":{"labels":{"a":"b"}}}',
  ]);
  expect(merge.stdout).toBe('virtualmachine.kubevirt.io/patchme patched\n');
  const json = await kubectl(cluster, [
    'patch',
    'vm',
    'patchme',
    '-n',
    'demo',
    '--type=json',
    '-p',
    '[{"op":"replace","path":"/metadata/labels/a","value":"c"}]',
  ]);
  expect(json.code).toBe(0);
  const label = await kubectl(cluster, [
    'get',
    'vm',
    'patchme',
    '-n',
    'demo',
    '-o',
    'jsonpath={.metadata.labels.a}',
  ]);
  expect(label.stdout).toBe('c');
});

test('an update with a stale resourceVersion is a 409 Conflict', async () => {
  await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(vmManifest('stale', { runStrategy: 'Halted' })),
  });
  const first = JSON.parse(
    (await kubectl(cluster, ['get', 'vm', 'stale', '-n', 'demo', '-o', 'json'])).stdout,
  ) as { metadata: { labels?: Record<string, string> } };
  await kubectl(cluster, ['label', 'vm', 'stale', '-n', 'demo', 'changed=yes']);
  first.metadata.labels = { mine: 'too' };
  const replaced = await kubectl(cluster, ['replace', '-f', '-'], { input: JSON.stringify(first) });
  expect(replaced.code).not.toBe(0);
  expect(replaced.stderr).toContain(
    'Operation cannot be fulfilled on virtualmachines.kubevirt.io "stale": the object has been modified; please apply your changes to the latest version and try again',
  );
});

test('viewer gets 403 on create and kubectl auth can-i agrees; developer may', async () => {
  expect(
    (
      await kubectl(
        cluster,
        ['auth', 'can-i', 'create', 'virtualmachines.kubevirt.io', '-n', 'demo'],
        { user: 'viewer' },
      )
    ).stdout,
  ).toBe('no\n');
  expect(
    (
      await kubectl(
        cluster,
        ['auth', 'can-i', 'list', 'virtualmachinesnapshots.snapshot.kubevirt.io', '-n', 'demo'],
        { user: 'viewer' },
      )
    ).stdout,
  ).toBe('yes\n');
  expect(
    (
      await kubectl(
        cluster,
        ['auth', 'can-i', 'create', 'virtualmachinerestores.snapshot.kubevirt.io', '-n', 'demo'],
        { user: 'developer' },
      )
    ).stdout,
  ).toBe('yes\n');
  expect(
    (
      await kubectl(
        cluster,
        ['auth', 'can-i', 'create', 'virtualmachines.kubevirt.io', '-n', 'default'],
        { user: 'developer' },
      )
    ).stdout,
  ).toBe('no\n');
  const denied = await kubectl(cluster, ['create', '-f', '-'], {
    user: 'viewer',
    input: yaml(vmManifest('nope')),
  });
  expect(denied.stderr).toContain(
    'virtualmachines.kubevirt.io is forbidden: User "viewer" cannot create resource "virtualmachines" in API group "kubevirt.io" in the namespace "demo"',
  );
  const allowed = await kubectl(cluster, ['create', '-f', '-'], {
    user: 'developer',
    input: yaml(vmManifest('yes-dev', { runStrategy: 'Halted' })),
  });
  expect(allowed.stdout).toBe('virtualmachine.kubevirt.io/yes-dev created\n');
  const asViewer = await kubectl(cluster, [
    'auth',
    'can-i',
    'delete',
    'vm',
    '-n',
    'demo',
    '--as',
    'viewer',
  ]);
  expect(asViewer.stdout).toBe('no\n');
});
