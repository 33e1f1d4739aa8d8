/** The demo seed's OADP part (issue 8 part 11), as a client reads it. */
import { gunzipSync } from 'node:zlib';
import { startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { request } from './raw-http';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ seed: 'demo', timeScale: 1 });
});

afterAll(async () => {
  await cluster.close();
});

interface Item {
  metadata: {
    name: string;
    creationTimestamp: string;
    labels?: Record<string, string>;
    ownerReferences?: { kind: string; name: string }[];
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & {
    phase?: string;
    progress?: { totalBytes: number; bytesDone: number };
  };
}

async function list(path: string): Promise<Item[]> {
  return ((await request(`${cluster.url}${path}`)).json() as { items: Item[] }).items;
}

const VELERO = '/apis/velero.io/v1/namespaces/openshift-adp';

test('DPA, the two locations it owns, and the labelled VolumeSnapshotClass', async () => {
  const [dpa] = await list(
    '/apis/oadp.openshift.io/v1alpha1/namespaces/openshift-adp/dataprotectionapplications',
  );
  expect(dpa.metadata.name).toBe('dpa-sample');
  expect(dpa.spec).toMatchObject({
    configuration: {
      velero: { defaultPlugins: ['openshift', 'kubevirt', 'csi', 'aws'] },
      nodeAgent: { enable: true },
    },
    nonAdmin: { enable: true },
  });
  const locations = await list(`${VELERO}/backupstoragelocations`);
  expect(
    locations.map((l) => [
      l.metadata.name,
      l.spec.default,
      l.status?.phase,
      l.metadata.ownerReferences?.[0]?.name,
    ]),
  ).toEqual([
    ['dpa-sample-1', true, 'Available', 'dpa-sample'],
    ['offsite', false, 'Unavailable', 'dpa-sample'],
  ]);
  expect(locations[1].status?.message).toMatch(/^BackupStorageLocation "offsite" is unavailable: /);
  const [vsClass] = await list('/apis/snapshot.storage.k8s.io/v1/volumesnapshotclasses');
  expect(vsClass.metadata.labels).toEqual({ 'velero.io/csi-volumesnapshot-class': 'true' });
});

test('a week of backups in every end state, one still uploading', async () => {
  const backups = await list(`${VELERO}/backups`);
  const phases = Object.fromEntries(backups.map((b) => [b.metadata.name, b.status?.phase]));
  const nightly = backups.filter(
    (b) => b.metadata.labels?.['velero.io/schedule-name'] === 'demo-nightly',
  );
  const todayDue = Date.now() % 86_400_000 >= 2 * 3_600_000;
  expect(nightly.map((b) => b.status?.phase)).toEqual([
    'PartiallyFailed',
    'Completed',
    'Completed',
    'Completed',
    'Failed',
    'Completed',
    ...(todayDue ? ['Completed'] : []),
  ]);
  expect(nightly[0].metadata.name).toMatch(/^demo-nightly-\d{8}020000$/);
  expect(nightly[4].status?.failureReason).toContain('error putting object velero/backups/');
  expect(phases).toMatchObject({
    'fedora-web-datamover': 'Completed',
    'demo-offsite': 'FailedValidation',
    'win2k22-app-datamover': 'WaitingForPluginOperations',
  });
  const ages = nightly.map((b) =>
    Math.round((Date.now() - Date.parse(b.metadata.creationTimestamp)) / 86_400_000),
  );
  expect(ages[0]).toBeGreaterThanOrEqual(6);
  expect(ages[5]).toBeLessThanOrEqual(2);
  const uploads = await list('/apis/velero.io/v2alpha1/namespaces/openshift-adp/datauploads');
  const byBackup = (name: string) =>
    uploads.filter((u) => u.metadata.labels?.['velero.io/backup-name'] === name);
  expect(byBackup('fedora-web-datamover').map((u) => u.status?.phase)).toEqual(['Completed']);
  const [running] = byBackup('win2k22-app-datamover');
  expect(running.status?.phase).toBe('InProgress');
  const { bytesDone, totalBytes } = running.status?.progress ?? { bytesDone: 0, totalBytes: 0 };
  expect(bytesDone / totalBytes).toBeGreaterThanOrEqual(0.5);
  // Half done when seeded, and it goes on uploading while the test runs.
  expect(bytesDone / totalBytes).toBeLessThan(1);
  const [schedule] = await list(`${VELERO}/schedules`);
  expect(schedule.spec).toMatchObject({
    schedule: '0 2 * * *',
    template: { includedNamespaces: ['demo'], ttl: '168h0m0s' },
  });
  expect(schedule.status?.lastBackup).toBe(nightly[nightly.length - 1].status?.startTimestamp);
});

test("the partial failure names mixed-storage's hostpath claim; cirros-ephemeral is in no backup", () => {
  const [first] = cluster.context.objectStore
    .list('dpa-sample-bucket', 'velero/backups/demo-nightly-')
    .filter((k) => k.endsWith('-results.gz'));
  const results = JSON.parse(
    gunzipSync(
      cluster.context.objectStore.get('dpa-sample-bucket', first) ?? Buffer.alloc(0),
    ).toString(),
  ) as { errors: { velero: string[] } };
  expect(results.errors.velero).toEqual([
    expect.stringContaining(
      'name=mixed-storage-scratch): rpc error: code = Unknown desc = failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic',
    ),
  ]);
  for (const key of cluster.context.objectStore
    .list('dpa-sample-bucket', 'velero/backups/')
    .filter((k) => k.endsWith('-resource-list.json.gz'))) {
    const resources = JSON.parse(
      gunzipSync(
        cluster.context.objectStore.get('dpa-sample-bucket', key) ?? Buffer.alloc(0),
      ).toString(),
    ) as Record<string, string[]>;
    expect(resources['kubevirt.io/v1/VirtualMachine'] ?? []).not.toContain('demo/cirros-ephemeral');
  }
});

test('a completed restore of the latest nightly into demo-restore-test', async () => {
  const restores = await list(`${VELERO}/restores`);
  expect(
    restores.map((r) => [r.spec.backupName, r.spec.namespaceMapping, r.status?.phase]),
  ).toEqual([
    [expect.stringMatching(/^demo-nightly-\d{14}$/), { demo: 'demo-restore-test' }, 'Completed'],
  ]);
  const copies = await list('/apis/kubevirt.io/v1/namespaces/demo-restore-test/virtualmachines');
  expect(copies.map((vm) => vm.metadata.name)).toContain('fedora-web');
});
