/**
 * Velero Restores with the real kubectl and @kubernetes/client-node (research/oadp-velero.md
 * §0a, §2.3, §3.5; research/velero-formats.md §11): a VM deleted after its backup comes back
 * from the archive in a mapped namespace with the run strategy and cleared MACs the Restore's
 * labels ask for; an existing VM is left alone with Velero's warning, silently when identical.
 */
import { gunzipSync } from 'node:zlib';
import { ClientNode, eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import { seedCompletedRestore } from '../seed/oadp-restores';
import { BUCKET, installOadp, writeFinishedBackup } from './velero-fixtures';

let cluster: TestCluster;
let client: ClientNode;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster, { nonAdmin: true });
  client = new ClientNode(cluster);
  await client.ready;
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Obj = {
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown> & {
    runStrategy?: string;
    template?: { spec: Record<string, unknown> };
  };
  status?: Record<string, unknown>;
};

async function get(kind: string, namespace: string, name: string): Promise<Obj | undefined> {
  const result = await kubectl(cluster, ['get', kind, name, '-n', namespace, '-o', 'json']);
  return result.code === 0 ? (JSON.parse(result.stdout) as Obj) : undefined;
}

async function waitFor(
  kind: string,
  namespace: string,
  name: string,
  what: string,
  test: (o: Obj) => boolean,
  timeoutMs = 30_000,
): Promise<Obj> {
  return eventually(
    async () => {
      const object = await get(kind, namespace, name);
      return object && test(object) ? object : undefined;
    },
    what,
    timeoutMs,
  );
}

/** A VM with a NIC whose MAC is fixed, labelled app=<name>, running or halted. */
async function vm(name: string, runStrategy = 'Always'): Promise<void> {
  const manifest = vmManifest(name, { runStrategy, disks: [{ name: 'rootdisk', size: '2Gi' }] });
  const spec = manifest.spec.template.spec as Record<string, unknown> & {
    domain: { devices: Record<string, unknown> };
  };
  spec.domain.devices.interfaces = [
    { name: 'default', masquerade: {}, macAddress: '02:00:00:00:00:0a' },
  ];
  spec.networks = [{ name: 'default', pod: {} }];
  await client.ok('create', {
    object: { ...manifest, metadata: { ...manifest.metadata, labels: { app: name } } },
  });
  const wanted = runStrategy === 'Halted' ? 'Stopped' : 'Running';
  await waitFor(
    'vm',
    'demo',
    name,
    `${name} ${wanted}`,
    (o) => o.status?.printableStatus === wanted,
  );
}

function restoreManifest(
  name: string,
  spec: Record<string, unknown>,
  labels: Record<string, string> = {},
) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name, namespace: 'openshift-adp', labels },
    spec,
  };
}

const finished = (name: string) =>
  waitFor('restore', 'openshift-adp', name, `restore ${name} finished`, (o) =>
    ['Completed', 'PartiallyFailed', 'Failed'].includes(String(o.status?.phase)),
  );

function restoreFile(restore: string, file: string): unknown {
  const data = cluster.context.objectStore.get(BUCKET, `velero/restores/${restore}/${file}`);
  if (!data) throw new Error(`no ${file} in the bucket`);
  const text = gunzipSync(data).toString('utf8');
  return file.includes('logs') ? text : JSON.parse(text);
}

test('a Restore with namespaceMapping re-creates a deleted VM with its PVCs, run strategy and cleared MACs', async () => {
  await vm('fedora-a');
  await writeFinishedBackup(cluster, { name: 'nightly-1', namespace: 'demo' });
  expect(
    (await kubectl(cluster, ['delete', 'vm', 'fedora-a', '-n', 'demo', '--wait=true'])).code,
  ).toBe(0);
  await eventually(
    async () => ((await get('pvc', 'demo', 'fedora-a-rootdisk')) ? undefined : true),
    'the PVC gone',
  );

  const restore = restoreManifest(
    'nightly-1-to-copy',
    { backupName: 'nightly-1', namespaceMapping: { demo: 'demo-copy' }, restorePVs: true },
    {
      'velero.kubevirt.io/restore-run-strategy': 'Halted',
      'velero.kubevirt.io/clear-mac-address': 'true',
    },
  );
  const created = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(restore) });
  expect(created.stderr).toBe('');
  const done = await finished('nightly-1-to-copy');
  expect(done.status).toMatchObject({ phase: 'Completed', errors: 0, warnings: 0 });
  const progress = done.status?.progress as { totalItems: number; itemsRestored: number };
  expect(progress.itemsRestored).toBe(progress.totalItems);
  expect(progress.totalItems).toBeGreaterThan(4);

  const copy = await waitFor(
    'vm',
    'demo-copy',
    'fedora-a',
    'the restored VM Stopped',
    (o) => o.status?.printableStatus === 'Stopped',
  );
  expect(copy.spec.runStrategy).toBe('Halted');
  expect(copy.spec.template?.spec).toMatchObject({
    domain: { devices: { interfaces: [{ name: 'default', macAddress: '' }] } },
  });
  expect(copy.metadata.labels).toMatchObject({
    'velero.io/backup-name': 'nightly-1',
    'velero.io/restore-name': 'nightly-1-to-copy',
    app: 'fedora-a',
  });
  const pvc = await waitFor(
    'pvc',
    'demo-copy',
    'fedora-a-rootdisk',
    'the restored PVC Bound',
    (o) => o.status?.phase === 'Bound',
  );
  const dataSource = pvc.spec.dataSource as { kind: string; name: string };
  expect(dataSource.kind).toBe('VolumeSnapshot');
  expect(dataSource.name).toMatch(/^[0-9a-f]{64}$/);
  const snapshot = await get('volumesnapshot', 'demo-copy', dataSource.name);
  expect(snapshot?.status).toMatchObject({ readyToUse: true });
  await waitFor(
    'dv',
    'demo-copy',
    'fedora-a-rootdisk',
    'the DataVolume Succeeded',
    (o) => o.status?.phase === 'Succeeded',
  );
  // The original is still gone: the objects came from the archive, not the live cluster.
  expect(await get('vm', 'demo', 'fedora-a')).toBeUndefined();

  const list = restoreFile(
    'nightly-1-to-copy',
    'restore-nightly-1-to-copy-resource-list.json.gz',
  ) as Record<string, string[]>;
  expect(list['kubevirt.io/v1/VirtualMachine']).toEqual(['demo-copy/fedora-a(created)']);
  expect(list['kubevirt.io/v1/VirtualMachineInstance']).toEqual(['demo-copy/fedora-a(skipped)']);
  expect(list['v1/PersistentVolumeClaim']).toEqual(['demo-copy/fedora-a-rootdisk(created)']);
  expect(list['v1/Namespace']).toEqual(['demo-copy(created)']);
  expect(restoreFile('nightly-1-to-copy', 'restore-nightly-1-to-copy-results.gz')).toEqual({
    errors: {},
    warnings: {},
  });
  const log = restoreFile('nightly-1-to-copy', 'restore-nightly-1-to-copy-logs.gz') as string;
  expect(log).toContain(
    'level=info msg="starting restore" restore=openshift-adp/nightly-1-to-copy',
  );
  expect(log).toContain('msg="Setting virtual machine run strategy to Halted"');
  const volumes = restoreFile(
    'nightly-1-to-copy',
    'nightly-1-to-copy-volumeinfo.json.gz',
  ) as Record<string, unknown>[];
  expect(volumes).toEqual([
    expect.objectContaining({
      pvcName: 'fedora-a-rootdisk',
      pvcNamespace: 'demo-copy',
      restoreMethod: 'CSISnapshot',
      snapshotDataMoved: false,
    }),
  ]);
});

test("an existing VM that changed since the backup is left alone with Velero's warning; an identical one silently", async () => {
  await vm('keep-b', 'Halted');
  await vm('same-c', 'Halted');
  await writeFinishedBackup(cluster, { name: 'nightly-2', namespace: 'demo' });
  const patch = {
    spec: { template: { metadata: { annotations: { 'example.com/changed': 'yes' } } } },
  };
  expect(
    (
      await kubectl(cluster, [
        'patch',
        'vm',
        'keep-b',
        '-n',
        'demo',
        '--type=merge',
        '-p',
        JSON.stringify(patch),
      ])
    ).code,
  ).toBe(0);

  await client.ok('create', {
    object: restoreManifest('over-existing', {
      backupName: 'nightly-2',
      includedResources: ['virtualmachines'],
    }),
  });
  const done = await finished('over-existing');
  expect(done.status).toMatchObject({ phase: 'Completed', warnings: 1, errors: 0 });
  expect(restoreFile('over-existing', 'restore-over-existing-results.gz')).toEqual({
    errors: {},
    warnings: {
      namespaces: {
        demo: [
          'could not restore, VirtualMachine:keep-b already exists. Warning: the in-cluster version is different than the backed-up version',
        ],
      },
    },
  });
  const list = restoreFile(
    'over-existing',
    'restore-over-existing-resource-list.json.gz',
  ) as Record<string, string[]>;
  expect(list['kubevirt.io/v1/VirtualMachine']).toEqual([
    'demo/keep-b(failed)',
    'demo/same-c(skipped)',
  ]);
  const kept = await get('vm', 'demo', 'keep-b');
  expect(kept?.metadata.labels).toEqual({ app: 'keep-b' });
  expect(JSON.stringify(kept?.spec.template)).toContain('example.com/changed');

  // existingResourcePolicy: update patches the changed VM back to the backed-up version.
  await client.ok('create', {
    object: restoreManifest('update-existing', {
      backupName: 'nightly-2',
      includedResources: ['virtualmachines'],
      existingResourcePolicy: 'update',
    }),
  });
  const updated = await finished('update-existing');
  expect(updated.status).toMatchObject({ phase: 'Completed', warnings: 0 });
  const reverted = await get('vm', 'demo', 'keep-b');
  expect(JSON.stringify(reverted?.spec.template)).not.toContain('example.com/changed');
  expect(reverted?.metadata.labels).toMatchObject({ 'velero.io/restore-name': 'update-existing' });
});

test("the demo seed's restore into demo-restore-test completes with halted copies", async () => {
  const restore = await seedCompletedRestore(cluster.context, 'nightly-2');
  expect(restore.metadata.name).toBe('nightly-2-restore-test');
  const copy = await waitFor(
    'vm',
    'demo-restore-test',
    'keep-b',
    'the copy Stopped',
    (o) => o.status?.printableStatus === 'Stopped',
  );
  expect(copy.spec.runStrategy).toBe('Halted');
  expect(copy.spec.template?.spec).toMatchObject({
    domain: { devices: { interfaces: [{ macAddress: '' }] } },
  });
});
