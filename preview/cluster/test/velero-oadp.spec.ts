/**
 * The OADP operator (controllers/oadp) through kubectl and client-node: the DPA's `Reconciled`
 * condition in the operator's words, the BSL and VSL it owns (named, labelled, put back after
 * an edit, pruned), wrongly typed fields refused, and ServerStatusRequest's answer.
 */
import { ClientNode, eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { NS, apply, credentialSecret, dpaManifest, installOadp } from './velero-fixtures';

let cluster: TestCluster;
let client: ClientNode;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  client = new ClientNode(cluster);
  await client.ready;
  await installOadp(cluster);
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Obj = {
  metadata: {
    name: string;
    uid: string;
    labels?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
};

async function read(apiVersion: string, kind: string, name: string): Promise<Obj | undefined> {
  const answer = await client.call('read', {
    object: { apiVersion, kind, metadata: { name, namespace: NS } },
  });
  return answer.ok ? (answer.result as Obj) : undefined;
}
const dpa = () => read('oadp.openshift.io/v1alpha1', 'DataProtectionApplication', 'dpa-sample');
const bsl = (name = 'dpa-sample-1') => read('velero.io/v1', 'BackupStorageLocation', name);
const reconciled = (o: Obj | undefined) =>
  (
    o?.status?.conditions as { type: string; status: string; reason: string; message: string }[]
  )?.find((c) => c.type === 'Reconciled');

async function waitForMessage(message: string) {
  return eventually(async () => {
    const c = reconciled(await dpa());
    return c?.message === message ? c : undefined;
  }, `Reconciled: ${message}`);
}

test('a valid DPA is Reconciled/Complete and owns its BSL, named <dpa>-1 and labelled as OADP does', async () => {
  const owner = await dpa();
  expect(reconciled(owner)).toMatchObject({
    status: 'True',
    reason: 'Complete',
    message: 'Reconcile complete',
  });
  const location = await bsl();
  expect(location?.metadata.ownerReferences).toEqual([
    expect.objectContaining({
      kind: 'DataProtectionApplication',
      name: 'dpa-sample',
      uid: owner?.metadata.uid,
      controller: true,
    }),
  ]);
  expect(location?.metadata.labels).toMatchObject({
    'app.kubernetes.io/component': 'bsl',
    'app.kubernetes.io/managed-by': 'oadp-operator',
    'app.kubernetes.io/name': 'oadp-operator-velero',
    'openshift.io/oadp': 'True',
  });
  expect(location?.spec).toEqual({
    provider: 'aws',
    default: true,
    objectStorage: { bucket: 'velero-bucket', prefix: 'velero' },
    config: { region: 'us-east-1', s3Url: 'https://s3.example.com', checksumAlgorithm: '' },
    credential: { name: 'cloud-credentials', key: 'cloud' },
  });
  const secret = await kubectl(cluster, [
    'get',
    'secret',
    'cloud-credentials',
    '-n',
    NS,
    '-o',
    'jsonpath={.metadata.labels}',
  ]);
  expect(JSON.parse(secret.stdout)).toEqual({
    'dataprotectionapplication.name': 'dpa-sample',
    'openshift.io/oadp': 'True',
  });
});

test('an edit of an owned BSL is put back to the DPA spec', async () => {
  const patched = await kubectl(cluster, [
    'patch',
    'bsl',
    'dpa-sample-1',
    '-n',
    NS,
    '--type',
    'merge',
    '-p',
    '{"spec":{"objectStorage":{"bucket":"elsewhere"}}}',
  ]);
  expect(patched.code).toBe(0);
  await eventually(async () => {
    const location = await bsl();
    return (location?.spec.objectStorage as { bucket?: string })?.bucket === 'velero-bucket'
      ? location
      : undefined;
  }, 'the bucket put back');
});

test('VSLs come from snapshotLocations, a named BSL keeps its name, and a BSL no longer listed goes', async () => {
  const manifest = dpaManifest();
  const locations = manifest.spec.backupLocations;
  manifest.spec.backupLocations = [{ ...locations[0], name: 'main' } as (typeof locations)[0]];
  (manifest.spec as Record<string, unknown>).snapshotLocations = [
    { velero: { provider: 'aws', config: { region: 'us-east-1' } } },
  ];
  await apply(cluster, manifest);
  await eventually(
    async () => ((await bsl('main')) && !(await bsl()) ? true : undefined),
    'BSL main replaces dpa-sample-1',
  );
  const vsl = await read('velero.io/v1', 'VolumeSnapshotLocation', 'dpa-sample-1');
  expect(vsl?.spec).toEqual({ provider: 'aws', config: { region: 'us-east-1' } });
  expect(vsl?.metadata.labels?.['app.kubernetes.io/component']).toBe('vsl');
  await apply(cluster, dpaManifest());
  await eventually(
    async () => ((await bsl()) && !(await bsl('main')) ? true : undefined),
    'back to dpa-sample-1',
  );
});

test.each([
  [
    'no default location',
    {
      backupLocations: [
        { velero: { ...dpaManifest().spec.backupLocations[0].velero, default: false } },
      ],
    },
    'no default backupstoragelocations configured, ensure that one backupstoragelocation has been configured as the default location',
  ],
  [
    'no location at all',
    { backupLocations: [] },
    'no backupstoragelocations configured, ensure a backupstoragelocation has been configured or use the noDefaultBackupLocation flag',
  ],
  [
    'a VSL without region',
    { snapshotLocations: [{ velero: { provider: 'aws', config: {} } }] },
    'region for aws VSL in DPA spec.snapshotLocations[0].velero.config is not configured, please ensure a region is configured',
  ],
])('%s: Reconciled is False/Error with the operator message', async (_label, extra, message) => {
  await apply(cluster, dpaManifest(extra));
  const condition = await waitForMessage(message);
  expect(condition).toMatchObject({ status: 'False', reason: 'Error' });
  await apply(cluster, dpaManifest());
  await waitForMessage('Reconcile complete');
});

test('a missing credential secret is an Error naming the secret, and creating it completes the DPA', async () => {
  await kubectl(cluster, ['delete', 'secret', 'cloud-credentials', '-n', NS]);
  await apply(cluster, {
    ...dpaManifest(),
    metadata: { ...dpaManifest().metadata, annotations: { touch: '1' } },
  });
  expect(await waitForMessage('secrets "cloud-credentials" not found')).toMatchObject({
    status: 'False',
    reason: 'Error',
  });
  await apply(cluster, credentialSecret);
  await waitForMessage('Reconcile complete');
});

test.each([
  [
    'DataProtectionApplication',
    'spec.configuration.velero.defaultPlugins',
    { configuration: { velero: { defaultPlugins: 'aws' } } },
  ],
  [
    'DataProtectionApplication',
    'spec.configuration.nodeAgent.enable',
    { configuration: { velero: {}, nodeAgent: { enable: 'yes' } } },
  ],
  [
    'BackupStorageLocation',
    'spec.default',
    { provider: 'aws', default: 'yes', objectStorage: { bucket: 'b' } },
  ],
  ['Schedule', 'spec.paused', { schedule: '@daily', template: {}, paused: 'no' }],
  ['DeleteBackupRequest', 'spec.backupName', { backupName: 7 }],
  ['DownloadRequest', 'spec.target.kind', { target: { kind: 'Everything', name: 'b' } }],
])('a wrongly typed %s field is 422 naming %s', async (kind, field, spec) => {
  const apiVersion =
    kind === 'DataProtectionApplication' ? 'oadp.openshift.io/v1alpha1' : 'velero.io/v1';
  const answer = await client.call('create', {
    object: { apiVersion, kind, metadata: { name: 'wrong', namespace: NS }, spec },
  });
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error.code).toBe(422);
  expect(answer.error.body?.details?.causes?.map((c) => c.field)).toContain(field);
});

test('a ServerStatusRequest is Processed with the OADP build of Velero and the DPA plugins', async () => {
  await apply(cluster, {
    apiVersion: 'velero.io/v1',
    kind: 'ServerStatusRequest',
    metadata: { name: 'status', namespace: NS },
  });
  const done = await eventually(async () => {
    const o = await read('velero.io/v1', 'ServerStatusRequest', 'status');
    return o?.status?.phase === 'Processed' ? o : undefined;
  }, 'ServerStatusRequest Processed');
  expect(done.status?.serverVersion).toBe('v1.16.2-OADP');
  const plugins = done.status?.plugins as { name: string; kind: string }[];
  expect(plugins).toEqual(
    expect.arrayContaining([
      { name: 'kubevirt-velero-plugin/backup-virtualmachine-action', kind: 'BackupItemAction' },
      { name: 'velero.io/aws', kind: 'ObjectStore' },
      { name: 'velero.io/csi-pvc-backupper', kind: 'BackupItemActionV2' },
      { name: 'openshift.io/01-common-backup-plugin', kind: 'BackupItemAction' },
    ]),
  );
  expect(plugins.filter((p) => p.name.startsWith('velero.io/gcp'))).toEqual([]);
  expect(new Set(plugins.map((p) => p.kind))).toEqual(
    new Set([
      'BackupItemAction',
      'BackupItemActionV2',
      'DeleteItemAction',
      'ItemBlockAction',
      'ObjectStore',
      'RestoreItemAction',
      'RestoreItemActionV2',
      'VolumeSnapshotter',
    ]),
  );
});
