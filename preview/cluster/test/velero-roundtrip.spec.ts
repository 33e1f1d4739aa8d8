/**
 * A real backup restores faithfully (issue 8, CSI snapshots), with the real kubectl: a running
 * VM backed up by the Backup controller, deleted, restored into `demo-copy` Halted without its
 * MAC from the restored VolumeSnapshot; then a restore over an existing, changed VM leaves it
 * alone with Velero's warning. The archive holds what Velero 1.16.2 and kubevirt-velero-plugin
 * 0.8 write: the claim's snapshot annotations, the VolumeSnapshot and its content with status.
 */
import { kubectl, kubectlWatchUntil, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import {
  MAC,
  ROUND_TRIP_LABELS,
  apply,
  archiveItems,
  backupManifest,
  bucketFile,
  deleteVm,
  finished,
  get,
  installOadp,
  restoreManifest,
  runningVm,
  waitFor,
} from './velero-roundtrip-helpers';
import type { Obj } from './velero-roundtrip-helpers';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster);
  await runningVm(cluster, 'fedora');
  await apply(cluster, backupManifest('nightly'));
}, 120_000);

afterAll(async () => {
  await cluster.close();
});

test('the backup archive holds what Velero and the kubevirt plugin write for a CSI backup', async () => {
  const backup = await finished(cluster, 'backup', 'nightly');
  expect(backup.status).toMatchObject({
    phase: 'Completed',
    csiVolumeSnapshotsAttempted: 1,
    csiVolumeSnapshotsCompleted: 1,
  });
  const items = archiveItems(cluster, 'nightly');
  const pvc = items.get('resources/persistentvolumeclaims/namespaces/demo/fedora-rootdisk.json');
  const vsName = pvc?.metadata.annotations?.['velero.io/volume-snapshot-name'] ?? '';
  expect(vsName).toMatch(/^velero-fedora-rootdisk-[a-z0-9]{5}$/);
  expect(pvc?.metadata.annotations).toMatchObject({
    'backup.velero.io/must-include-additional-items': 'true',
    'cdi.kubevirt.io/storage.populatedFor': 'fedora-rootdisk',
  });
  expect(pvc?.metadata.labels).toMatchObject({
    'velero.io/volume-snapshot-name': vsName,
    'velero.io/backup-name': 'nightly',
  });
  const dv = items.get(
    'resources/datavolumes.cdi.kubevirt.io/namespaces/demo/fedora-rootdisk.json',
  );
  expect(dv?.metadata.annotations?.['cdi.kubevirt.io/storage.prePopulated']).toBe(
    'fedora-rootdisk',
  );
  const vmi = items.get(
    'resources/virtualmachineinstances.kubevirt.io/namespaces/demo/fedora.json',
  );
  expect(vmi?.metadata.annotations?.['cdi.kubevirt.io/velero.isOwned']).toBe('true');
  const vs = items.get(
    `resources/volumesnapshots.snapshot.storage.k8s.io/namespaces/demo/${vsName}.json`,
  );
  const content = String(vs?.status?.boundVolumeSnapshotContentName);
  expect(vs?.status?.readyToUse).toBe(true);
  const vsc = items.get(
    `resources/volumesnapshotcontents.snapshot.storage.k8s.io/cluster/${content}.json`,
  );
  const handle = String(vsc?.status?.snapshotHandle);
  expect(handle).not.toBe('undefined');
  expect(vs?.metadata.annotations).toMatchObject({
    'velero.io/csi-volumesnapshot-handle': handle,
    'velero.io/csi-volumesnapshot-restore-size': '2Gi',
    'backup.velero.io/must-include-additional-items': 'true',
  });
  expect(vsc?.metadata.labels?.['velero.io/backup-name']).toBe('nightly');
  const list = bucketFile(cluster, 'backups/nightly/nightly-resource-list.json.gz') as Record<
    string,
    string[]
  >;
  expect(list['snapshot.storage.k8s.io/v1/VolumeSnapshot']).toEqual([`demo/${vsName}`]);
  expect(list['snapshot.storage.k8s.io/v1/VolumeSnapshotContent']).toEqual([content]);
  // The live objects are not changed by what the actions put in the archive.
  const live = await get(cluster, 'pvc', 'demo', 'fedora-rootdisk');
  expect(live?.metadata.annotations?.['velero.io/volume-snapshot-name']).toBeUndefined();
});

test('deleted, the VM comes back in demo-copy Halted, without its MAC, from the restored snapshot', async () => {
  await finished(cluster, 'backup', 'nightly');
  await deleteVm(cluster, 'fedora');
  // Every phase the restored DataVolume goes through, from before the Restore exists.
  const dvPhases = kubectlWatchUntil(
    cluster,
    [
      'get',
      'dv',
      '-n',
      'demo-copy',
      '-w',
      '-o',
      'jsonpath={.metadata.name} {.status.phase}{"\\n"}',
    ],
    (line) => line === 'fedora-rootdisk Succeeded',
    60_000,
  );
  await apply(
    cluster,
    restoreManifest(
      'nightly-copy',
      { backupName: 'nightly', namespaceMapping: { demo: 'demo-copy' } },
      ROUND_TRIP_LABELS,
    ),
  );
  const restore = await finished(cluster, 'restore', 'nightly-copy');
  expect(restore.status).toMatchObject({ phase: 'Completed', errors: 0, warnings: 0 });
  const vm = await waitFor(
    cluster,
    ['vm', 'demo-copy', 'fedora'],
    'the restored VM Stopped',
    (o) => o.status?.printableStatus === 'Stopped',
  );
  expect(vm.spec.runStrategy).toBe('Halted');
  expect(vm.spec.template?.spec).toMatchObject({
    domain: { devices: { interfaces: [{ name: 'default', macAddress: '' }] } },
  });
  const pvc = await waitFor(
    cluster,
    ['pvc', 'demo-copy', 'fedora-rootdisk'],
    'the restored PVC Bound',
    (o) => o.status?.phase === 'Bound',
  );
  const dataSource = pvc.spec.dataSource as { kind: string; name: string };
  expect(dataSource.kind).toBe('VolumeSnapshot');
  const snapshot = await get(cluster, 'volumesnapshot', 'demo-copy', dataSource.name);
  expect(snapshot?.status).toMatchObject({ readyToUse: true });
  const dv = await waitFor(
    cluster,
    ['dv', 'demo-copy', 'fedora-rootdisk'],
    'the DataVolume Succeeded',
    (o) => o.status?.phase === 'Succeeded',
  );
  // Pre-populated: CDI adopts the restored claim and never runs an importer.
  expect(dv.metadata.annotations?.['cdi.kubevirt.io/storage.prePopulated']).toBe('fedora-rootdisk');
  const phases = await dvPhases;
  expect(phases.filter((line) => /Import/.test(line))).toEqual([]);
  expect(phases[phases.length - 1]).toBe('fedora-rootdisk Succeeded');
  const list = bucketFile(
    cluster,
    'restores/nightly-copy/restore-nightly-copy-resource-list.json.gz',
  ) as Record<string, string[]>;
  expect(list['kubevirt.io/v1/VirtualMachine']).toEqual(['demo-copy/fedora(created)']);
  expect(list['kubevirt.io/v1/VirtualMachineInstance']).toEqual(['demo-copy/fedora(skipped)']);
});

test('restoring over an existing, changed VM leaves it alone with Velero’s warning', async () => {
  await runningVm(cluster, 'changed');
  await apply(cluster, backupManifest('before-change'));
  expect((await finished(cluster, 'backup', 'before-change')).status?.phase).toBe('Completed');
  const patch = await kubectl(cluster, [
    'label',
    'vm',
    'changed',
    '-n',
    'demo',
    'edited=after-backup',
  ]);
  expect(patch.code).toBe(0);
  await apply(cluster, restoreManifest('over-existing', { backupName: 'before-change' }));
  const restore = await finished(cluster, 'restore', 'over-existing');
  expect(restore.status?.phase).toBe('Completed');
  const results = bucketFile(
    cluster,
    'restores/over-existing/restore-over-existing-results.gz',
  ) as { warnings: { namespaces?: Record<string, string[]> } };
  expect(results.warnings.namespaces?.demo).toContain(
    'could not restore, VirtualMachine:changed already exists. Warning: the in-cluster version is different than the backed-up version',
  );
  const vm = await get(cluster, 'vm', 'demo', 'changed');
  expect(vm?.metadata.labels?.edited).toBe('after-backup');
  expect(vm?.metadata.labels?.['velero.io/restore-name']).toBeUndefined();
  expect(vm?.spec.template?.spec).toMatchObject({
    domain: { devices: { interfaces: [{ macAddress: MAC }] } },
  });
});

test("one VM of two by label: its snapshot comes back by its UID label; by the VM's label alone, Velero fails the PVC", async () => {
  await runningVm(cluster, 'other');
  for (const vm of ['changed', 'other'])
    expect((await kubectl(cluster, ['label', 'vm', vm, '-n', 'demo', `app=${vm}`])).code).toBe(0);
  await apply(cluster, backupManifest('two-vms'));
  expect((await finished(cluster, 'backup', 'two-vms')).status?.phase).toBe('Completed');
  const vm = await get(cluster, 'vm', 'demo', 'changed');
  // Velero copied the claim's labels, CDI's and the DataVolume's, onto the snapshot.
  const snapshots = bucketFile(
    cluster,
    'backups/two-vms/two-vms-csi-volumesnapshots.json.gz',
  ) as Obj[];
  const mine = snapshots.find(
    (s) =>
      (s.spec as { source?: { persistentVolumeClaimName?: string } }).source
        ?.persistentVolumeClaimName === 'changed-rootdisk',
  );
  expect(mine?.metadata.labels).toEqual({
    app: 'containerized-data-importer',
    'app.kubernetes.io/component': 'storage',
    'app.kubernetes.io/managed-by': 'cdi-controller',
    'kubevirt.io/created-by': vm?.metadata.uid,
    'velero.io/backup-name': 'two-vms',
  });
  const byLabel = (name: string, target: string, selectors: unknown[]) =>
    restoreManifest(name, {
      backupName: 'two-vms',
      includedNamespaces: ['demo'],
      orLabelSelectors: selectors,
      namespaceMapping: { demo: target },
      restorePVs: true,
    });
  await apply(
    cluster,
    byLabel('vm-label-only', 'demo-vm-only', [{ matchLabels: { app: 'changed' } }]),
  );
  const failed = await finished(cluster, 'restore', 'vm-label-only');
  expect(failed.status?.phase).toBe('PartiallyFailed');
  const results = bucketFile(
    cluster,
    'restores/vm-label-only/restore-vm-label-only-results.gz',
  ) as { errors: { namespaces?: Record<string, string[]> } };
  expect(results.errors.namespaces?.['demo-vm-only']?.join('\n')).toMatch(
    /Failed to get Volumesnapshot demo-vm-only\/\S+ to restore PVC demo-vm-only\/changed-rootdisk/,
  );

  await apply(
    cluster,
    byLabel('with-snapshot', 'demo-one', [
      { matchLabels: { app: 'changed' } },
      { matchLabels: { 'kubevirt.io/created-by': vm?.metadata.uid } },
    ]),
  );
  const restore = await finished(cluster, 'restore', 'with-snapshot');
  expect(restore.status).toMatchObject({ phase: 'Completed', errors: 0 });
  const pvc = await waitFor(
    cluster,
    ['pvc', 'demo-one', 'changed-rootdisk'],
    'the restored PVC Bound',
    (o) => o.status?.phase === 'Bound',
  );
  expect((pvc.spec.dataSource as { kind: string }).kind).toBe('VolumeSnapshot');
  const list = bucketFile(
    cluster,
    'restores/with-snapshot/restore-with-snapshot-resource-list.json.gz',
  ) as Record<string, string[]>;
  expect(list['kubevirt.io/v1/VirtualMachine']).toEqual(['demo-one/changed(created)']);
  expect(list['v1/PersistentVolumeClaim']).toEqual(['demo-one/changed-rootdisk(created)']);
});
