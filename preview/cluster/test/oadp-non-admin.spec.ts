/**
 * OADP Self-Service with the real kubectl (research/oadp-velero.md §2.10; migtools/
 * oadp-non-admin): `developer`, admin of demo, makes NonAdminBackups and NonAdminRestores that
 * become Velero objects in openshift-adp with the namespace enforced and their status
 * mirrored; restricted fields are refused with the controller's messages; `developer` cannot
 * read openshift-adp and `viewer` may only read.
 */
import { eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { yaml } from './fixtures';
import { installOadp } from './velero-fixtures';
import type { Obj } from './oadp-non-admin-helpers';
import {
  asDeveloper as applyAsDeveloper,
  conditions,
  get as getObject,
  nab,
  nar,
  waitFor as waitForObject,
} from './oadp-non-admin-helpers';
import { HOLD_ANNOTATION, UPLOAD_DURATION_ANNOTATION } from '../controllers/velero/backup-timing';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster, { nonAdmin: true });
});

afterAll(async () => {
  await cluster.close();
});

const get = (kind: string, name: string, namespace: string) =>
  getObject(cluster, kind, name, namespace);
const waitFor = (kind: string, name: string, namespace: string, test: (o: Obj) => boolean) =>
  waitForObject(cluster, kind, name, namespace, test);
const asDeveloper = (object: unknown) => applyAsDeveloper(cluster, object);

/**
 * Finishes the Velero Backup as its controller would (that controller is another branch):
 * the default location written into the spec, the final status.
 */
async function finishBackup(name: string, status: Record<string, unknown>): Promise<void> {
  const result = await kubectl(cluster, [
    'patch',
    'backup',
    name,
    '-n',
    'openshift-adp',
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { storageLocation: 'dpa-sample-1' }, status }),
  ]);
  expect(result.stderr).toBe('');
}

test('a NonAdminBackup made by developer becomes a Velero Backup of demo only, its status mirrored', async () => {
  // A backup held InProgress ahead of it, so its queue position is known (Velero runs one at a time).
  const blocker = await kubectl(cluster, ['create', '-f', '-'], {
    input: JSON.stringify({
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: {
        name: 'ahead',
        namespace: 'openshift-adp',
        annotations: { [HOLD_ANNOTATION]: 'true' },
      },
      spec: { includedNamespaces: ['other'] },
      status: { phase: 'InProgress', startTimestamp: '2026-01-01T00:00:00Z' },
    }),
  });
  expect(blocker.stderr).toBe('');
  // The queue is ordered by creationTimestamp, which has 1 s resolution: be a second later.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect(
    (await asDeveloper(nab('app-backup', { includedNamespaces: ['demo'], ttl: '24h0m0s' }))).code,
  ).toBe(0);
  const created = await waitFor(
    'nonadminbackup',
    'app-backup',
    'demo',
    (o) => o.status?.phase === 'Created',
  );
  const ref = created.status?.veleroBackup as { name: string; namespace: string; nacuuid: string };
  expect(ref.name).toMatch(/^demo-app-backup-[0-9a-f-]{36}$/);
  expect(ref).toMatchObject({ namespace: 'openshift-adp', nacuuid: ref.name });
  expect(conditions(created)).toEqual({
    Accepted: ['True', 'BackupAccepted', 'backup accepted'],
    Queued: ['True', 'BackupScheduled', 'Created Velero Backup object'],
  });
  expect(created.status?.queueInfo).toEqual({ estimatedQueuePosition: 2 });
  const backup = await get('backup', ref.name, 'openshift-adp');
  expect(backup?.metadata.labels).toMatchObject({
    'openshift.io/oadp': 'True',
    'app.kubernetes.io/managed-by': 'oadp-nac-controller',
    'openshift.io/oadp-nab-origin-nacuuid': ref.name,
  });
  expect(backup?.metadata.annotations).toMatchObject({
    'openshift.io/oadp-nab-origin-name': 'app-backup',
    'openshift.io/oadp-nab-origin-namespace': 'demo',
  });
  expect(backup?.spec.includedNamespaces).toEqual(['demo']);
  expect(backup?.spec.excludedResources).toEqual(
    expect.arrayContaining(['nonadminbackups', 'nonadminrestores', 'clusterroles']),
  );

  for (const [suffix, phase] of [
    ['a', 'InProgress'],
    ['b', 'Completed'],
  ]) {
    // The simulated node agent moves uploads on: this disk's takes 100 h, so it stays InProgress.
    const claim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: `disk-${suffix}`,
        namespace: 'demo',
        annotations: { [UPLOAD_DURATION_ANNOTATION]: '100h' },
      },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    };
    expect((await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(claim) })).code).toBe(0);
    const upload = {
      apiVersion: 'velero.io/v2alpha1',
      kind: 'DataUpload',
      metadata: {
        name: `${ref.name.slice(0, 50)}-${suffix}`,
        namespace: 'openshift-adp',
        labels: { 'velero.io/backup-name': ref.name },
      },
      spec: {
        snapshotType: 'CSI',
        sourcePVC: `disk-${suffix}`,
        sourceNamespace: 'demo',
        backupStorageLocation: 'dpa-sample-1',
        operationTimeout: '10m0s',
      },
      status: { phase, progress: {} },
    };
    expect((await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(upload) })).code).toBe(0);
  }
  await finishBackup(ref.name, {
    phase: 'Completed',
    startTimestamp: '2026-12-01T10:00:00Z',
    completionTimestamp: '2026-12-01T10:05:00Z',
    progress: { totalItems: 7, itemsBackedUp: 7 },
  });
  const mirrored = await waitFor(
    'nonadminbackup',
    'app-backup',
    'demo',
    (o) => (o.status?.queueInfo as { estimatedQueuePosition: number }).estimatedQueuePosition === 0,
  );
  const veleroNow = await get('backup', ref.name, 'openshift-adp');
  expect((mirrored.status?.veleroBackup as { status: unknown }).status).toEqual(veleroNow?.status);
  expect(mirrored.status?.dataMoverDataUploads).toEqual({ total: 2, inProgress: 1, completed: 1 });

  // A NonAdminRestore of it becomes a Velero Restore back into demo, status mirrored.
  expect((await asDeveloper(nar('app-restore', { backupName: 'app-backup' }))).code).toBe(0);
  const narCreated = await waitFor(
    'nonadminrestore',
    'app-restore',
    'demo',
    (o) => o.status?.phase === 'Created',
  );
  const restoreRef = narCreated.status?.veleroRestore as { name: string };
  expect(restoreRef.name).toMatch(/^demo-app-restore-[0-9a-f-]{36}$/);
  const restore = await get('restore', restoreRef.name, 'openshift-adp');
  expect(restore?.spec).toMatchObject({ backupName: ref.name, includedNamespaces: ['demo'] });
  expect(restore?.spec.excludedResources).toEqual(
    expect.arrayContaining(['volumesnapshotclasses']),
  );
  const finished = await eventually(async () => {
    const [n, r] = [
      await get('nonadminrestore', 'app-restore', 'demo'),
      await get('restore', restoreRef.name, 'openshift-adp'),
    ];
    const mirroredStatus = (n?.status?.veleroRestore as { status?: { phase?: string } } | undefined)
      ?.status;
    return r?.status?.completionTimestamp &&
      JSON.stringify(mirroredStatus) === JSON.stringify(r.status)
      ? mirroredStatus
      : undefined;
  }, 'the Velero Restore status mirrored');
  expect(finished?.phase).toEqual(expect.any(String));

  // deleteBackup: true goes through a DeleteBackupRequest; the NonAdminBackup and the Backup go.
  expect(
    (
      await kubectl(
        cluster,
        [
          'patch',
          'nonadminbackup',
          'app-backup',
          '-n',
          'demo',
          '--type=merge',
          '-p',
          '{"spec":{"deleteBackup":true}}',
        ],
        { user: 'developer' },
      )
    ).code,
  ).toBe(0);
  await eventually(
    async () => ((await get('nonadminbackup', 'app-backup', 'demo')) ? undefined : true),
    'the NonAdminBackup gone',
  );
  expect(await get('backup', ref.name, 'openshift-adp')).toBeUndefined();
  expect(await get('nonadminrestore', 'app-restore', 'demo')).toBeUndefined();
});
