/**
 * The simulated KubeVirt controllers through the real @kubernetes/client-node: snapshots
 * (indications, partial, deadline, lock), restores per targetReadinessPolicy and
 * volumeRestorePolicy, and clones (research/kubevirt-snapshots.md §2.2–§2.6).
 */
import { ClientNode, eventually, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { cloneManifest, restoreManifest, snapshotManifest, vmManifest } from './fixtures';
import { request } from './raw-http';

let cluster: TestCluster;
let client: ClientNode;

beforeAll(async () => {
  // 100x: the waits the tests watch (a 5m grace period, a 5m deadline) last 3 s of real time.
  cluster = await startTestCluster({ timeScale: 100 });
  client = new ClientNode(cluster);
  await client.ready;
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Obj = {
  metadata: { name: string; uid: string; resourceVersion: string };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & {
    conditions?: { type: string; status: string; reason?: string }[];
  };
};
const ref = (apiVersion: string, kind: string, name: string) => ({
  object: { apiVersion, kind, metadata: { name, namespace: 'demo' } },
});
const vmRef = (name: string) => ref('kubevirt.io/v1', 'VirtualMachine', name);
const snapshotRef = (name: string) =>
  ref('snapshot.kubevirt.io/v1beta1', 'VirtualMachineSnapshot', name);
const restoreRef = (name: string) =>
  ref('snapshot.kubevirt.io/v1beta1', 'VirtualMachineRestore', name);

async function read(target: { object: unknown }): Promise<Obj | undefined> {
  const answer = await client.call('read', target);
  return answer.ok ? (answer.result as Obj) : undefined;
}

async function waitFor(
  target: { object: unknown },
  what: string,
  predicate: (o: Obj) => boolean,
): Promise<Obj> {
  return eventually(async () => {
    const object = await read(target);
    return object && predicate(object) ? object : undefined;
  }, what);
}

const condition = (o: Obj, type: string) => o.status?.conditions?.find((c) => c.type === type);

async function runningVm(
  name: string,
  options: Parameters<typeof vmManifest>[1] = {},
): Promise<Obj> {
  await client.ok('create', { object: vmManifest(name, options) });
  const wanted = options.runStrategy === 'Halted' ? 'Stopped' : 'Running';
  const vm = await waitFor(
    vmRef(name),
    `${name} ${wanted}`,
    (o) => o.status?.printableStatus === wanted,
  );
  // The agent connects a moment after Running; snapshots taken before it would say NoGuestAgent.
  if (wanted === 'Running' && options.guestAgent !== false)
    await waitFor(
      ref('kubevirt.io/v1', 'VirtualMachineInstance', name),
      `${name} agent connected`,
      (vmi) => condition(vmi, 'AgentConnected')?.status === 'True',
    );
  return vm;
}

async function readySnapshot(name: string, vm: string): Promise<Obj> {
  await client.ok('create', { object: snapshotManifest(name, vm) });
  return waitFor(snapshotRef(name), `${name} ready`, (s) => s.status?.readyToUse === true);
}

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
  await client.ok('create', {
    object: snapshotManifest('immutable', 'nobody', { failureDeadline: '0' }),
  });
  const patched = await client.call('patch', {
    strategy: 'merge',
    object: { ...snapshotRef('immutable').object, spec: { deletionPolicy: 'Retain' } },
  });
  expect(patched.ok ? undefined : patched.error.body?.message).toBe(
    'admission webhook "virtualmachinesnapshot-validator.snapshot.kubevirt.io" denied the request: spec in immutable after creation',
  );
  const wrongGroup = snapshotManifest('wrong-group', 'x');
  wrongGroup.spec.source.apiGroup = 'apps';
  const created = await client.call('create', { object: wrongGroup });
  expect(created.ok ? undefined : created.error.body?.details?.causes).toEqual([
    { reason: 'FieldValueInvalid', field: 'spec.source.apiGroup', message: 'invalid apiGroup' },
  ]);
});

test('a snapshot of a missing VM waits with "Source does not exist", then fails at its deadline', async () => {
  await client.ok('create', {
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
      `${cluster.url}/apis/subresources.kubevirt.io/v1/namespaces/demo/virtualmachineinstances/locked-vm/${action}`,
      { method: 'PUT' },
    );
  expect((await subresource('pause')).status).toBe(202);
  await client.ok('patch', {
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
  await client.ok('create', {
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
  const update = await client.call('patch', {
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
  await client.ok('delete', snapshotRef('slow-snap'));
  await waitFor(vmRef('locked-vm'), 'unlock', (v) => v.status?.snapshotInProgress === undefined);
  expect((await subresource('unpause')).status).toBe(202);
});

test('volumeSnapshotStatuses follow provisioner/driver matching, ambiguity and the StorageProfile', async () => {
  await client.ok('create', {
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
  await client.ok('create', { object: snapshotClass('hostpath-a', false) });
  await client.ok('create', { object: snapshotClass('hostpath-b', false) });
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
  await client.ok('patch', {
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
    await client.ok('delete', ref('snapshot.storage.k8s.io/v1', 'VolumeSnapshotClass', name));
  expect((await statuses()).find((s) => s.name === 'rootdisk')).toEqual({
    name: 'rootdisk',
    enabled: true,
  });
});

test('restore of a running VM: StopTarget stops it and restores', async () => {
  await runningVm('stop-me');
  await readySnapshot('stop-me-snap', 'stop-me');
  await client.ok('create', {
    object: restoreManifest('stop-me-restore', 'stop-me', 'stop-me-snap', {
      targetReadinessPolicy: 'StopTarget',
      volumeRestorePolicy: 'InPlace',
    }),
  });
  const done = await waitFor(
    restoreRef('stop-me-restore'),
    'complete',
    (r) => r.status?.complete === true,
  );
  expect(done.status?.restores).toEqual([
    {
      volumeName: 'rootdisk',
      persistentVolumeClaim: 'stop-me-rootdisk',
      volumeSnapshotName: expect.stringMatching(/^vmsnapshot-.*-volume-rootdisk$/) as unknown,
    },
  ]);
  expect(condition(done, 'Ready')).toMatchObject({ status: 'True', reason: 'Operation complete' });
  const vm = await read(vmRef('stop-me'));
  expect(vm?.spec.runStrategy).toBe('Halted');
  expect(vm?.status?.restoreInProgress).toBeUndefined();
});

test('restore of a running VM: FailImmediate fails, and blocks other restores of that VM', async () => {
  await runningVm('busy');
  await readySnapshot('busy-snap', 'busy');
  await client.ok('create', {
    object: restoreManifest('busy-restore', 'busy', 'busy-snap', {
      targetReadinessPolicy: 'FailImmediate',
    }),
  });
  const failed = await waitFor(
    restoreRef('busy-restore'),
    'Failure',
    (r) => condition(r, 'Failure')?.status === 'True',
  );
  expect(condition(failed, 'Failure')?.reason).toBe(
    'Restore target VMI must be powered off before restore operation',
  );
  expect(failed.status?.complete).toBe(false);
  expect((await read(vmRef('busy')))?.status?.printableStatus).toBe('Running');
  const second = await client.call('create', {
    object: restoreManifest('busy-restore-2', 'busy', 'busy-snap'),
  });
  expect(second.ok ? undefined : second.error.body?.message).toBe(
    'admission webhook "virtualmachinerestore-validator.snapshot.kubevirt.io" denied the request: VirtualMachineRestore "busy-restore" in progress',
  );
});

test('restore of a running VM: WaitGracePeriod fails after the (scaled) 5 minute grace period', async () => {
  await runningVm('slowpoke');
  await readySnapshot('slowpoke-snap', 'slowpoke');
  await client.ok('create', {
    object: restoreManifest('slowpoke-restore', 'slowpoke', 'slowpoke-snap'),
  });
  const waiting = await waitFor(
    restoreRef('slowpoke-restore'),
    'waiting',
    (r) =>
      condition(r, 'Progressing')?.reason?.startsWith('Waiting for target VM to be powered off') ===
      true,
  );
  expect(waiting.spec.targetReadinessPolicy).toBe('WaitGracePeriod');
  const failed = await waitFor(
    restoreRef('slowpoke-restore'),
    'grace period failure',
    (r) => condition(r, 'Failure')?.status === 'True',
  );
  expect(condition(failed, 'Failure')?.reason).toBe(
    'Restore target failed to be ready within 5m0s. Please power off the target VM before attempting restore',
  );
});

test('restore with WaitEventually proceeds once the VM is stopped through the stop subresource', async () => {
  await runningVm('patient');
  await readySnapshot('patient-snap', 'patient');
  await client.ok('create', {
    object: restoreManifest('patient-restore', 'patient', 'patient-snap', {
      targetReadinessPolicy: 'WaitEventually',
      volumeRestorePolicy: 'PrefixTargetName',
    }),
  });
  await waitFor(
    restoreRef('patient-restore'),
    'waiting',
    (r) => condition(r, 'Progressing')?.reason?.startsWith('Waiting for target VM') === true,
  );
  const stopped = await request(
    `${cluster.url}/apis/subresources.kubevirt.io/v1/namespaces/demo/virtualmachines/patient/stop`,
    { method: 'PUT' },
  );
  expect(stopped.status).toBe(202);
  const done = await waitFor(
    restoreRef('patient-restore'),
    'complete',
    (r) => r.status?.complete === true,
  );
  expect(
    (done.status?.restores as { persistentVolumeClaim: string }[])[0].persistentVolumeClaim,
  ).toBe('patient-rootdisk');
});

test('a clone of a partial snapshot fails with the upstream message', async () => {
  await runningVm('mixed', {
    disks: [
      { name: 'rootdisk', size: '10Gi' },
      { name: 'scratch', size: '5Gi', storageClass: 'hostpath-csi-basic' },
    ],
  });
  const snapshot = await readySnapshot('mixed-snap', 'mixed');
  expect(snapshot.status).toMatchObject({
    indications: ['Online', 'GuestAgent', 'PartialSnapshot'],
    snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: ['scratch'] },
  });
  await client.ok('create', {
    object: cloneManifest(
      'mixed-clone',
      { apiGroup: 'snapshot.kubevirt.io', kind: 'VirtualMachineSnapshot', name: 'mixed-snap' },
      'mixed-copy',
    ),
  });
  const failed = await waitFor(
    ref('clone.kubevirt.io/v1beta1', 'VirtualMachineClone', 'mixed-clone'),
    'Failed',
    (c) => c.status?.phase === 'Failed',
  );
  expect(failed.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
    ['Progressing', 'False', 'Failed'],
    ['Ready', 'False', 'Failed'],
  ]);
  const events = await client.ok<{ items: { reason: string; message: string }[] }>('list', {
    apiVersion: 'v1',
    kind: 'Event',
    namespace: 'demo',
    fieldSelector: `involvedObject.uid=${failed.metadata.uid}`,
  });
  expect(events.items).toContainEqual(
    expect.objectContaining({
      reason: 'SnapshotContentInvalid',
      message: 'volume scratch is not backed up in snapshot mixed-snap',
    }),
  );
});

test('a clone of a VM creates the target through a temporary snapshot and restore', async () => {
  await runningVm('origin', { runStrategy: 'Halted' });
  await client.ok('create', {
    object: cloneManifest(
      'origin-clone',
      { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'origin' },
      'origin-copy',
    ),
  });
  const done = await waitFor(
    ref('clone.kubevirt.io/v1beta1', 'VirtualMachineClone', 'origin-clone'),
    'Succeeded',
    (c) => c.status?.phase === 'Succeeded' && c.status.restoreName === null,
  );
  expect(done.status?.targetName).toBe('origin-copy');
  const copy = await read(vmRef('origin-copy'));
  const volume = (
    copy?.spec.template as {
      spec: { volumes: { persistentVolumeClaim?: { claimName: string } }[] };
    }
  ).spec.volumes[0];
  expect(volume.persistentVolumeClaim?.claimName).toMatch(/^restore-.*-rootdisk$/);
  const leftovers = await client.ok<{ items: { metadata: { name: string } }[] }>('list', {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    namespace: 'demo',
  });
  expect(
    leftovers.items.map((s) => s.metadata.name).filter((n) => n.startsWith('tmp-snapshot-')),
  ).toEqual([]);
});
