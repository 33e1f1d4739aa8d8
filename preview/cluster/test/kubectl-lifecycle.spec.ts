/**
 * Conformance with the real kubectl 1.33, continued: garbage collection of what a VM owns,
 * typed (protobuf) commands for core kinds, and server-side dry runs.
 */
import { kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { snapshotManifest, vmManifest, yaml } from './fixtures';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
});

afterAll(async () => {
  await cluster.close();
});
test('deleting a VM removes what it owns (DataVolumes, claims, owned snapshots)', async () => {
  await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(vmManifest('owner', { runStrategy: 'Halted' })),
  });
  await kubectl(cluster, [
    'wait',
    '-n',
    'demo',
    'dv/owner-rootdisk',
    '--for=jsonpath={.status.phase}=Succeeded',
    '--timeout=20s',
  ]);
  const uid = (
    await kubectl(cluster, ['get', 'vm', 'owner', '-n', 'demo', '-o', 'jsonpath={.metadata.uid}'])
  ).stdout;
  const owned = snapshotManifest('owner-snap', 'owner');
  Object.assign(owned.metadata, {
    ownerReferences: [
      {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachine',
        name: 'owner',
        uid,
        blockOwnerDeletion: false,
      },
    ],
  });
  await kubectl(cluster, ['create', '-f', '-'], { input: yaml(owned) });
  await kubectl(cluster, [
    'wait',
    '-n',
    'demo',
    'vmsnapshot/owner-snap',
    '--for=jsonpath={.status.readyToUse}=true',
    '--timeout=20s',
  ]);
  const deleted = await kubectl(cluster, [
    'delete',
    'vm',
    'owner',
    '-n',
    'demo',
    '--wait=true',
    '--timeout=20s',
  ]);
  expect(deleted.stdout).toBe('virtualmachine.kubevirt.io "owner" deleted\n');
  await kubectl(cluster, [
    'wait',
    '-n',
    'demo',
    'dv/owner-rootdisk',
    'pvc/owner-rootdisk',
    'vmsnapshot/owner-snap',
    '--for=delete',
    '--timeout=20s',
  ]);
  const left = await kubectl(cluster, [
    'get',
    'dv,pvc,vmsnapshot,volumesnapshot',
    '-n',
    'demo',
    '-o',
    'name',
  ]);
  expect(left.stdout).not.toMatch(/owner-/);
});

test('typed kubectl commands, which send protobuf, work for namespaces, config maps and secrets', async () => {
  expect((await kubectl(cluster, ['create', 'namespace', 'typed'])).stdout).toBe(
    'namespace/typed created\n',
  );
  expect(
    (
      await kubectl(cluster, [
        'create',
        'configmap',
        'settings',
        '-n',
        'typed',
        '--from-literal=mode=fast',
      ])
    ).stdout,
  ).toBe('configmap/settings created\n');
  expect(
    (
      await kubectl(cluster, [
        'create',
        'secret',
        'generic',
        'token',
        '-n',
        'typed',
        '--from-literal=key=v',
      ])
    ).code,
  ).toBe(0);
  expect(
    (
      await kubectl(cluster, [
        'get',
        'configmap',
        'settings',
        '-n',
        'typed',
        '-o',
        'jsonpath={.data.mode}',
      ])
    ).stdout,
  ).toBe('fast');
  expect(
    (
      await kubectl(cluster, [
        'get',
        'secret',
        'token',
        '-n',
        'typed',
        '-o',
        'jsonpath={.data.key}',
      ])
    ).stdout,
  ).toBe(Buffer.from('v').toString('base64'));
  const deleted = await kubectl(cluster, ['delete', 'namespace', 'typed', '--timeout=20s']);
  expect(deleted.stdout).toBe('namespace "typed" deleted\n');
  expect((await kubectl(cluster, ['get', 'configmaps', '-n', 'typed', '-o', 'name'])).stdout).toBe(
    '',
  );
});

test('server-side dry runs change nothing (create, patch and delete)', async () => {
  await kubectl(cluster, ['apply', '-f', '-'], {
    input: yaml(vmManifest('dry', { runStrategy: 'Halted' })),
  });
  const created = await kubectl(cluster, ['create', '--dry-run=server', '-f', '-'], {
    input: yaml(vmManifest('dry-new')),
  });
  expect(created.stdout).toBe('virtualmachine.kubevirt.io/dry-new created (server dry run)\n');
  await kubectl(cluster, ['label', 'vm', 'dry', '-n', 'demo', 'x=y', '--dry-run=server']);
  const deleted = await kubectl(cluster, [
    'delete',
    'vm',
    '--all',
    '-n',
    'demo',
    '--dry-run=server',
  ]);
  expect(deleted.stdout).toContain('virtualmachine.kubevirt.io "dry" deleted (server dry run)');
  const after = await kubectl(cluster, [
    'get',
    'vm',
    'dry',
    'dry-new',
    '-n',
    'demo',
    '--ignore-not-found',
    '-o',
    'jsonpath={range .items[*]}{.metadata.name}:{.metadata.labels.x}{"\\n"}{end}',
  ]);
  expect(after.stdout).toBe('dry:\n');
});
