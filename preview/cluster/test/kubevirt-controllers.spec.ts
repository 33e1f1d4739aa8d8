/**
 * The simulated KubeVirt controllers through the real @kubernetes/client-node: snapshots
 * (indications, partial, deadline, lock); restores and clones are in
 * kubevirt-restores-clones.spec.ts (research/kubevirt-snapshots.md §2.2–§2.6).
 */
import { eventually } from './harness';
import { snapshotManifest, vmManifest } from './fixtures';
import { request } from './raw-http';
import {
  condition,
  read,
  readySnapshot,
  ref,
  runningVm,
  snapshotRef,
  vmRef,
  waitFor,
  world,
  startKubevirtCluster,
} from './kubevirt-test-world';

startKubevirtCluster();

test('an online snapshot with a guest agent: phases, indications, content and volume statuses', async () => {
  await runningVm('agent-vm');
  const snapshot = await readySnapshot('agent-snap', 'agent-vm');
  expect(snapshot.status).toMatchObject({
    phase: 'Succeeded',
    readyToUse: true,
    indications: ['Online', 'GuestAgent'],
    snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: [] },
  });
  expect(condition(snapshot, 'Ready')).toMatchObject({ status: 'True', reason: 'Ready' });
  const content = await read(
    ref(
      'snapshot.kubevirt.io/v1beta1',
      'VirtualMachineSnapshotContent',
      String(snapshot.status?.virtualMachineSnapshotContentName),
    ),
  );
  expect(content?.status).toMatchObject({
    readyToUse: true,
    volumeSnapshotStatus: [{ readyToUse: true }],
  });
  expect((content?.spec.volumeBackups as { volumeName: string }[])[0].volumeName).toBe('rootdisk');
  const vm = await read(vmRef('agent-vm'));
  expect(vm?.status?.snapshotInProgress).toBeUndefined();
});

test('a VM without a guest agent snapshots crash-consistently (NoGuestAgent)', async () => {
  await runningVm('noagent-vm', { guestAgent: false });
  const snapshot = await readySnapshot('noagent-snap', 'noagent-vm');
  expect(snapshot.status?.indications).toEqual(['Online', 'NoGuestAgent']);
});

test('the snapshot spec is immutable and the source must be a kubevirt.io VirtualMachine', async () => {
  await world.client.ok('create', {
    object: snapshotManifest('immutable', 'nobody', { failureDeadline: '0' }),
  });
  const patched = await world.client.call('patch', {
    strategy: 'merge',
    object: { ...snapshotRef('immutable').object, spec: { deletionPolicy: 'Retain' } },
  });
  expect(patched.ok ? undefined : patched.error.body?.message).toBe(
    'admission webhook "virtualmachinesnapshot-validator.snapshot.kubevirt.io" denied the request: spec in immutable after creation',
  );
  const wrongGroup = snapshotManifest('wrong-group', 'x');
  wrongGroup.spec.source.apiGroup = 'apps';
  const created = await world.client.call('create', { object: wrongGroup });
  expect(created.ok ? undefined : created.error.body?.details?.causes).toEqual([
    { reason: 'FieldValueInvalid', field: 'spec.source.apiGroup', message: 'invalid apiGroup' },
  ]);
});

test('a snapshot of a missing VM waits with "Source does not exist", then fails at its deadline', async () => {
  await world.client.ok('create', {
    object: snapshotManifest('orphan-snap', 'missing-vm', { failureDeadline: '5m' }),
  });
  const waiting = await waitFor(
    snapshotRef('orphan-snap'),
    'InProgress',
    (s) => s.status?.phase === 'InProgress',
  );
  expect(condition(waiting, 'Progressing')).toMatchObject({
    status: 'False',
    reason: 'Source does not exist',
  });
  const failed = await waitFor(
    snapshotRef('orphan-snap'),
    'Failed',
    (s) => s.status?.phase === 'Failed',
  );
  expect(condition(failed, 'Failure')).toMatchObject({
    status: 'True',
    reason: 'snapshot deadline exceeded',
  });
});

test('while a snapshot holds the VM, disk changes and unpause are refused', async () => {
  const vm = await runningVm('locked-vm');
  const subresource = (action: string) =>
    request(
      `${world.cluster.url}/apis/subresources.kubevirt.io/v1/namespaces/demo/virtualmachineinstances/locked-vm/${action}`,
      { method: 'PUT' },
    );
  expect((await subresource('pause')).status).toBe(202);
  await world.client.ok('patch', {
    strategy: 'merge',
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: 'locked-vm-rootdisk',
        namespace: 'demo',
        annotations: { 'local-cluster.vm-data-protection.io/snapshot-delay': '1h' },
      },
    },
  });
  await world.client.ok('create', {
    object: snapshotManifest('slow-snap', 'locked-vm', { failureDeadline: '0' }),
  });
  const locked = await waitFor(
    vmRef('locked-vm'),
    'lock',
    (v) => v.status?.snapshotInProgress === 'slow-snap',
  );
  expect(locked.status?.printableStatus).toBe('Paused');
  expect((await read(snapshotRef('slow-snap')))?.status?.indications).toEqual(['Online', 'Paused']);
  const volumes = [
    ...(vm.spec.template as { spec: { volumes: unknown[] } }).spec.volumes,
    { name: 'extra', containerDisk: { image: 'x' } },
  ];
  const update = await world.client.call('patch', {
    strategy: 'merge',
    object: { ...vmRef('locked-vm').object, spec: { template: { spec: { volumes } } } },
  });
  expect(update.ok ? undefined : update.error.body?.message).toContain(
    'Cannot update vm disks or volumes until snapshot "slow-snap" completes',
  );
  const unpause = await subresource('unpause');
  expect(unpause.status).toBe(409);
  expect(unpause.json().message).toBe(
    'Cannot unpause VMI while snapshot "slow-snap" is in progress',
  );
  await world.client.ok('delete', snapshotRef('slow-snap'));
  await waitFor(vmRef('locked-vm'), 'unlock', (v) => v.status?.snapshotInProgress === undefined);
  expect((await subresource('unpause')).status).toBe(202);
});

test('volumeSnapshotStatuses follow provisioner/driver matching, ambiguity and the StorageProfile', async () => {
  await world.client.ok('create', {
    object: vmManifest('eligibility', {
      runStrategy: 'Halted',
      disks: [
        { name: 'rootdisk', size: '1Gi' },
        { name: 'local', size: '1Gi', storageClass: 'hostpath-csi-basic' },
      ],
    }),
  });
  const statuses = async () =>
    ((await read(vmRef('eligibility')))?.status?.volumeSnapshotStatuses ?? []) as {
      name: string;
      enabled: boolean;
      reason?: string;
    }[];
  const local = async () => (await statuses()).find((s) => s.name === 'local');
  await eventually(
    async () => ((await local())?.reason?.startsWith('No VolumeSnapshotClass') ? true : undefined),
    'no class for hostpath',
  );
  const snapshotClass = (name: string, isDefault: boolean) => ({
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshotClass',
    metadata: {
      name,
      ...(isDefault
        ? { annotations: { 'snapshot.storage.kubernetes.io/is-default-class': 'true' } }
        : {}),
    },
    driver: 'kubevirt.io.hostpath-provisioner',
    deletionPolicy: 'Delete',
  });
  await world.client.ok('create', { object: snapshotClass('hostpath-a', false) });
  await world.client.ok('create', { object: snapshotClass('hostpath-b', false) });
  const ambiguous = await eventually(
    async () => ((await local())?.reason?.includes('matching') ? await local() : undefined),
    'two classes',
  );
  expect(ambiguous).toEqual({
    name: 'local',
    enabled: false,
    reason: '2 matching VolumeSnapshotClasses for hostpath-csi-basic',
  });
  // CDI's StorageProfile names the class to use: that wins.
  await world.client.ok('patch', {
    strategy: 'merge',
    object: {
      apiVersion: 'cdi.kubevirt.io/v1beta1',
      kind: 'StorageProfile',
      metadata: { name: 'hostpath-csi-basic' },
      spec: { snapshotClass: 'hostpath-b' },
    },
  });
  await eventually(async () => ((await local())?.enabled ? true : undefined), 'profile class');
  for (const name of ['hostpath-a', 'hostpath-b'])
    await world.client.ok('delete', ref('snapshot.storage.k8s.io/v1', 'VolumeSnapshotClass', name));
  expect((await statuses()).find((s) => s.name === 'rootdisk')).toEqual({
    name: 'rootdisk',
    enabled: true,
  });
});
