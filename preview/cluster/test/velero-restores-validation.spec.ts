/**
 * Bad Restores and DataDownloads (research/oadp-velero.md §0a, §2.3, §2.7; Velero 1.16.2
 * `restore_controller.go` validateAndComplete): FailedValidation in Velero's words, Failed when
 * the backup's archive is not there yet, 422 naming the field for wrongly typed specs (nothing
 * stored), and a data-mover restore whose DataDownload moves bytes into a new claim.
 */
import { ClientNode, eventually, kubectl, kubectlWatchUntil, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import { installOadp, writeFinishedBackup } from './velero-fixtures';

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

type Status = Record<string, unknown> & { phase?: string; validationErrors?: string[] };
const restore = (name: string, spec: Record<string, unknown>) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Restore',
  metadata: { name, namespace: 'openshift-adp' },
  spec,
});

async function status(
  kind: string,
  name: string,
  namespace = 'openshift-adp',
): Promise<Status | undefined> {
  const result = await kubectl(cluster, [
    'get',
    kind,
    name,
    '-n',
    namespace,
    '-o',
    'jsonpath={.status}',
  ]);
  return result.code === 0 && result.stdout ? (JSON.parse(result.stdout) as Status) : undefined;
}

const settledPhase = (name: string) =>
  eventually(async () => {
    const s = await status('restore', name);
    return s?.phase && !['New', 'InProgress'].includes(s.phase) ? s : undefined;
  }, `restore ${name} settled`);

test.each([
  [
    'no-backup',
    { backupName: 'missing' },
    [
      'Error retrieving backup: can\'t find backup openshift-adp/missing: backups.velero.io "missing" not found',
    ],
  ],
  [
    'no-source',
    {},
    ['Either a backup or schedule must be specified as a source for the restore, but not both'],
  ],
  [
    'both-selectors',
    {
      backupName: 'missing',
      labelSelector: { matchLabels: { app: 'a' } },
      orLabelSelectors: [{ matchLabels: { app: 'b' } }],
    },
    [
      'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified',
      'Error retrieving backup: can\'t find backup openshift-adp/missing: backups.velero.io "missing" not found',
    ],
  ],
  [
    'no-schedule-backups',
    { scheduleName: 'nightly' },
    ['No backups found for schedule', 'No completed backups found for schedule'],
  ],
  [
    'bad-policy',
    { backupName: 'missing', existingResourcePolicy: 'replace' },
    [
      'Invalid ExistingResourcePolicy: replace',
      'Error retrieving backup: can\'t find backup openshift-adp/missing: backups.velero.io "missing" not found',
    ],
  ],
  [
    'restore-restores',
    { backupName: 'missing', includedResources: ['restores.velero.io'] },
    [
      'restores.velero.io are non-restorable resources',
      'Invalid included/excluded resource lists: excludes list cannot contain an item in the includes list: restores.velero.io',
      'Error retrieving backup: can\'t find backup openshift-adp/missing: backups.velero.io "missing" not found',
    ],
  ],
])("%s is FailedValidation with Velero's message", async (name, spec, errors) => {
  await client.ok('create', { object: restore(name, spec) });
  const s = await settledPhase(name);
  expect(s.phase).toBe('FailedValidation');
  expect(s.validationErrors).toEqual(errors);
});

test("a backup still in progress has no archive: the restore Fails as Velero's does", async () => {
  await writeFinishedBackup(cluster, { name: 'running', namespace: 'demo', phase: 'InProgress' });
  await client.ok('create', { object: restore('from-running', { backupName: 'running' }) });
  const s = await settledPhase('from-running');
  expect(s.phase).toBe('Failed');
  expect(s.failureReason).toBe(
    'error downloading backup: rpc error: code = Unknown desc = operation error S3: GetObject, https response error StatusCode: 404, api error NoSuchKey: The specified key does not exist.',
  );
  expect(s.startTimestamp).toEqual(expect.any(String));
  expect(s.completionTimestamp).toEqual(expect.any(String));
});

test('wrongly typed fields are 422 naming the field, and nothing is stored', async () => {
  const answer = await client.call('create', {
    object: restore('typed', { backupName: 'x', restorePVs: 'yes' }),
  });
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe(422);
  expect(answer.error.body?.details?.causes?.map((c) => c.field)).toEqual(['spec.restorePVs']);
  const mapped = await kubectl(cluster, ['create', '-f', '-'], {
    input: yaml(restore('typed2', { backupName: 'x', namespaceMapping: ['demo'] })),
  });
  expect(mapped.code).not.toBe(0);
  expect(mapped.stderr).toContain('spec.namespaceMapping');
  expect(await status('restore', 'typed')).toBeUndefined();
  expect(
    (await kubectl(cluster, ['get', 'restore', 'typed2', '-n', 'openshift-adp'])).code,
  ).not.toBe(0);
});

test('a data-mover backup is restored through a DataDownload whose bytes reach totalBytes', async () => {
  const manifest = vmManifest('mover-d', {
    runStrategy: 'Halted',
    disks: [{ name: 'rootdisk', size: '3Gi' }],
  });
  await client.ok('create', { object: manifest });
  await eventually(
    async () =>
      (await status('dv', 'mover-d-rootdisk', 'demo'))?.phase === 'Succeeded' ? true : undefined,
    'the disk imported',
  );
  await writeFinishedBackup(cluster, { name: 'moved', namespace: 'demo', dataMover: true });
  const watch = kubectlWatchUntil(
    cluster,
    [
      'get',
      'datadownloads',
      '-n',
      'openshift-adp',
      '-w',
      '-o',
      'jsonpath={.status.phase} {.status.progress.bytesDone}/{.status.progress.totalBytes}{"\\n"}',
    ],
    (line) => line.startsWith('Completed'),
    40_000,
  );
  // kubectl needs a moment to start and open its watch; the first phases last ~10 ms at 100x.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await client.ok('create', {
    object: restore('moved-copy', {
      backupName: 'moved',
      namespaceMapping: { demo: 'demo-moved' },
    }),
  });
  const lines = await watch;
  const total = 3 * 2 ** 30;
  expect(lines[lines.length - 1]).toBe(`Completed ${total}/${total}`);
  expect(
    lines.some((l) => l.startsWith('InProgress ') && Number(l.split(' ')[1].split('/')[0]) < total),
  ).toBe(true);
  expect(lines.some((l) => l.startsWith('Accepted'))).toBe(true);
  const s = await settledPhase('moved-copy');
  expect(s).toMatchObject({
    phase: 'Completed',
    restoreItemOperationsAttempted: 1,
    restoreItemOperationsCompleted: 1,
    errors: 0,
  });
  const list = await kubectl(cluster, [
    'get',
    'datadownloads',
    '-n',
    'openshift-adp',
    '-o',
    'json',
  ]);
  const [dd] = (
    JSON.parse(list.stdout) as {
      items: {
        metadata: {
          labels: Record<string, string>;
          ownerReferences: { kind: string; name: string }[];
        };
        spec: Record<string, unknown>;
      }[];
    }
  ).items;
  expect(dd.metadata.labels['velero.io/restore-name']).toBe('moved-copy');
  expect(dd.metadata.ownerReferences).toEqual([
    expect.objectContaining({ kind: 'Restore', name: 'moved-copy' }),
  ]);
  expect(dd.spec).toMatchObject({
    targetVolume: { pvc: 'mover-d-rootdisk', namespace: 'demo-moved' },
    sourceNamespace: 'demo',
    backupStorageLocation: 'dpa-sample-1',
  });
  await eventually(
    async () =>
      (await status('pvc', 'mover-d-rootdisk', 'demo-moved'))?.phase === 'Bound' ? true : undefined,
    'the restored claim bound',
  );
});
