/**
 * Velero backups with kubectl alone (issue 8 part 3, "Done when"): a running VM with a guest
 * agent → Completed with items, CSI snapshot counts and hooks; a disk whose class has no
 * VolumeSnapshotClass → PartiallyFailed with the error under errors.velero naming the claim;
 * validation in Velero's words; wrongly typed fields refused by the CRD schema.
 */
import { readTarGz } from '../object-store/tar';
import { eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import {
  NS,
  BUCKET,
  backupManifest,
  bslManifest,
  bucketJson,
  bucketText,
  installOadpWithDefaultLocation,
} from './velero-fixtures';
import { BUCKET_UNREACHABLE_ANNOTATION } from '../controllers/velero/storage-locations';

let cluster: TestCluster;

type Backup = {
  metadata: { labels?: Record<string, string> };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & { phase?: string };
};

async function apply(object: unknown): Promise<void> {
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(object) });
  if (result.code !== 0) throw new Error(result.stderr);
}

async function getBackup(name: string): Promise<Backup | undefined> {
  const result = await kubectl(cluster, ['get', 'backup', name, '-n', NS, '-o', 'json']);
  return result.code === 0 ? (JSON.parse(result.stdout) as Backup) : undefined;
}

async function finished(name: string): Promise<Backup> {
  return eventually(async () => {
    const backup = await getBackup(name);
    const phase = backup?.status?.phase ?? '';
    return ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'].includes(phase)
      ? backup
      : undefined;
  }, `backup ${name} to finish`);
}

async function runningVm(name: string, labels: Record<string, string> = {}) {
  const vm = vmManifest(name);
  await apply({ ...vm, metadata: { ...vm.metadata, labels } });
  await eventually(async () => {
    const vmi = await kubectl(cluster, ['get', 'vmi', name, '-n', 'demo', '-o', 'json']);
    return vmi.code === 0 && vmi.stdout.includes('"AgentConnected"') ? true : undefined;
  }, `${name} running with its agent`);
}

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 200 });
  await installOadpWithDefaultLocation(apply);
  // The location controller validates every BSL: only the knob keeps this one Unavailable.
  await apply(
    bslManifest('offsite', {
      phase: 'Unavailable',
      annotations: { [BUCKET_UNREACHABLE_ANNOTATION]: 'true' },
    }),
  );
});

afterAll(async () => {
  await cluster.close();
});

test('a running VM with a guest agent: Completed with items, CSI snapshot counts and hooks', async () => {
  await runningVm('web', { app: 'web' });
  await apply(backupManifest('demo-backup'));
  const backup = await finished('demo-backup');
  const start = Date.parse(String(backup.status?.startTimestamp));
  expect(backup.status).toMatchObject({
    phase: 'Completed',
    version: 1,
    formatVersion: '1.1.0',
    csiVolumeSnapshotsAttempted: 1,
    csiVolumeSnapshotsCompleted: 1,
    backupItemOperationsAttempted: 1,
    backupItemOperationsCompleted: 1,
    hookStatus: { hooksAttempted: 2 },
  });
  expect(backup.status?.errors).toBeUndefined();
  expect(Date.parse(String(backup.status?.expiration)) - start).toBe(720 * 3_600_000);
  const progress = backup.status?.progress as { totalItems: number; itemsBackedUp: number };
  expect(progress.itemsBackedUp).toBe(progress.totalItems);
  expect(backup.metadata.labels).toEqual({ 'velero.io/storage-location': 'default' });
  expect(backup.spec).toMatchObject({
    ttl: '720h0m0s',
    csiSnapshotTimeout: '1h0m0s',
    itemOperationTimeout: '4h0m0s',
    storageLocation: 'default',
    snapshotMoveData: false,
  });
  const list = bucketJson(cluster, 'demo-backup', '-resource-list.json.gz') as Record<
    string,
    string[]
  >;
  expect(list['kubevirt.io/v1/VirtualMachine']).toEqual(['demo/web']);
  expect(list['kubevirt.io/v1/VirtualMachineInstance']).toEqual(['demo/web']);
  expect(list['cdi.kubevirt.io/v1beta1/DataVolume']).toEqual(['demo/web-rootdisk']);
  expect(list['v1/PersistentVolumeClaim']).toEqual(['demo/web-rootdisk']);
  expect(list['v1/Pod']).toEqual([expect.stringMatching(/^demo\/virt-launcher-web-[a-z0-9]{5}$/)]);
  expect(list['v1/PersistentVolume']).toHaveLength(1);
  expect(bucketJson(cluster, 'demo-backup', '-results.gz')).toEqual({ errors: {}, warnings: {} });
  const archive = cluster.context.objectStore.get(
    BUCKET,
    'velero/backups/demo-backup/demo-backup.tar.gz',
  );
  const paths = readTarGz(archive ?? Buffer.alloc(0)).map((e) => e.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'metadata/version',
      'resources/virtualmachines.kubevirt.io/namespaces/demo/web.json',
      'resources/virtualmachines.kubevirt.io/v1-preferredversion/namespaces/demo/web.json',
      'resources/persistentvolumeclaims/namespaces/demo/web-rootdisk.json',
    ]),
  );
  const log = bucketText(cluster, 'demo-backup', '-logs.gz');
  expect(log).toContain('msg="running exec hook"');
  expect(log).toContain('backup=openshift-adp/demo-backup');
  // At finalize Velero keeps the storage snapshot (content set to Retain) and removes both objects.
  const snapshots = await kubectl(cluster, [
    'get',
    'volumesnapshot',
    '-n',
    'demo',
    '-l',
    'velero.io/backup-name=demo-backup',
    '-o',
    'name',
  ]);
  expect(snapshots.stdout).toBe('');
  const listed = bucketJson(cluster, 'demo-backup', '-csi-volumesnapshots.json.gz') as {
    metadata: { name: string };
  }[];
  expect(listed.map((vs) => vs.metadata.name)).toEqual([
    expect.stringMatching(/^velero-web-rootdisk-[a-z0-9]{5}$/),
  ]);
  const contents = bucketJson(cluster, 'demo-backup', '-csi-volumesnapshotcontents.json.gz') as {
    spec: { deletionPolicy: string };
  }[];
  expect(contents.map((c) => c.spec.deletionPolicy)).toEqual(['Retain']);
});

test('a label selector (or orLabelSelectors) seeds the VM; its VMI, launcher pod, disks and PV come as additional items', async () => {
  await apply(backupManifest('web-only', { labelSelector: { matchLabels: { app: 'web' } } }));
  const either = [{ matchLabels: { app: 'nothing' } }, { matchLabels: { app: 'web' } }];
  await apply(backupManifest('web-or', { orLabelSelectors: either }));
  expect((await finished('web-only')).status?.phase).toBe('Completed');
  expect((await finished('web-or')).status?.phase).toBe('Completed');
  const list = bucketJson(cluster, 'web-only', '-resource-list.json.gz') as Record<
    string,
    string[]
  >;
  // The same items, each backup with its own VolumeSnapshot (and content) names.
  const ownSnapshotsAside = (items: Record<string, string[]>) =>
    Object.fromEntries(
      Object.entries(items).filter(
        ([k]) => !/^snapshot\.storage\.k8s\.io\/v1\/VolumeSnapshot(Content)?$/.test(k),
      ),
    );
  const either_ = bucketJson(cluster, 'web-or', '-resource-list.json.gz') as Record<
    string,
    string[]
  >;
  expect(Object.keys(either_)).toEqual(Object.keys(list));
  expect(ownSnapshotsAside(either_)).toEqual(ownSnapshotsAside(list));
  expect(Object.keys(list)).toEqual([
    'cdi.kubevirt.io/v1beta1/DataVolume',
    'kubevirt.io/v1/VirtualMachine',
    'kubevirt.io/v1/VirtualMachineInstance',
    // The CSI VolumeSnapshot action's additional items.
    'snapshot.storage.k8s.io/v1/VolumeSnapshot',
    'snapshot.storage.k8s.io/v1/VolumeSnapshotClass',
    'snapshot.storage.k8s.io/v1/VolumeSnapshotContent',
    'v1/Namespace',
    'v1/PersistentVolume',
    'v1/PersistentVolumeClaim',
    'v1/Pod',
  ]);
});

test('a disk on a class without VolumeSnapshotClass: PartiallyFailed, the error under errors.velero', async () => {
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mixed' } });
  const vm = vmManifest('mixed', {
    disks: [
      { name: 'rootdisk', size: '10Gi' },
      { name: 'scratch', size: '5Gi', storageClass: 'hostpath-csi-basic' },
    ],
  });
  vm.metadata.namespace = 'mixed';
  await apply(vm);
  await eventually(async () => {
    const pvc = await kubectl(cluster, [
      'get',
      'pvc',
      'mixed-scratch',
      '-n',
      'mixed',
      '-o',
      'jsonpath={.status.phase}',
    ]);
    return pvc.stdout === 'Bound' ? true : undefined;
  }, 'the scratch claim to bind');
  await apply(backupManifest('mixed-backup', { includedNamespaces: ['mixed'] }));
  const backup = await finished('mixed-backup');
  expect(backup.status).toMatchObject({
    phase: 'PartiallyFailed',
    errors: 1,
    csiVolumeSnapshotsAttempted: 1,
  });
  expect(bucketJson(cluster, 'mixed-backup', '-results.gz')).toEqual({
    errors: {
      velero: [
        ' name: /mixed-scratch message: /Error backing up item error: /error executing custom action (groupResource=persistentvolumeclaims, namespace=mixed, name=mixed-scratch): rpc error: code = Unknown desc = failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic: error getting VolumeSnapshotClass: failed to get VolumeSnapshotClass for provisioner kubevirt.io.hostpath-provisioner, ensure that the desired VolumeSnapshot class has the velero.io/csi-volumesnapshot-class label',
      ],
    },
    warnings: {},
  });
  const infos = bucketJson(cluster, 'mixed-backup', '-volumeinfo.json.gz') as Record<
    string,
    unknown
  >[];
  expect(infos.map((i) => [i.pvcName, i.skipped, i.skippedReason])).toEqual([
    ['mixed-scratch', true, 'volumeSnapshot: no applicable volumesnapshotter found;'],
    ['mixed-rootdisk', false, undefined],
  ]);
});

test("validation: Velero's messages, FailedValidation, expiration set even then", async () => {
  await apply(backupManifest('to-nowhere', { storageLocation: 'nowhere' }));
  await apply(backupManifest('to-offsite', { storageLocation: 'offsite' }));
  await apply(
    backupManifest('two-selectors', {
      labelSelector: { matchLabels: { a: 'b' } },
      orLabelSelectors: [{ matchLabels: { c: 'd' } }],
    }),
  );
  await apply(
    backupManifest('mixed-filters', {
      includedResources: ['pods'],
      includedNamespaceScopedResources: ['configmaps'],
    }),
  );
  const errors = async (name: string) => {
    const backup = await finished(name);
    expect(backup.status?.phase).toBe('FailedValidation');
    expect(Date.parse(String(backup.status?.expiration))).toBeGreaterThan(
      Date.now() + 719 * 3_600_000,
    );
    expect(backup.status?.startTimestamp).toBeUndefined();
    return backup.status?.validationErrors;
  };
  expect(await errors('to-nowhere')).toEqual([
    'an existing backup storage location was not specified at backup creation time and the default nowhere was not found. Please address this issue (see `velero backup-location -h` for options) and create a new backup. Error: backupstoragelocations.velero.io "nowhere" not found',
  ]);
  expect(await errors('to-offsite')).toEqual([
    "backup can't be created because BackupStorageLocation offsite is in Unavailable status. please create a new backup after the BSL becomes available",
  ]);
  expect(await errors('two-selectors')).toEqual([
    'encountered labelSelector as well as orLabelSelectors in backup spec, only one can be specified',
  ]);
  expect(await errors('mixed-filters')).toEqual([
    'include-resources, exclude-resources and include-cluster-resources are old filter parameters.\ninclude-cluster-scoped-resources, exclude-cluster-scoped-resources, include-namespace-scoped-resources and exclude-namespace-scoped-resources are new filter parameters.\nThey cannot be used together',
  ]);
});

test('wrongly typed fields are 422 naming the field, and nothing is created', async () => {
  const bad = backupManifest('typed-wrong', { snapshotMoveData: 'yes', ttl: 5 });
  const result = await kubectl(cluster, ['create', '-f', '-'], { input: yaml(bad) });
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain('The Backup "typed-wrong" is invalid');
  expect(result.stderr).toContain('spec.snapshotMoveData');
  expect(result.stderr).toContain('spec.ttl');
  expect(await getBackup('typed-wrong')).toBeUndefined();
});
