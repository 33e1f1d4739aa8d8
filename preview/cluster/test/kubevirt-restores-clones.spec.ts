/**
 * The simulated KubeVirt restore and clone controllers through the real @kubernetes/client-node:
 * restores per targetReadinessPolicy and volumeRestorePolicy, and clones
 * (research/kubevirt-snapshots.md §2.4–§2.6).
 */
import { cloneManifest, restoreManifest } from './fixtures';
import { request } from './raw-http';
import {
  condition,
  read,
  readySnapshot,
  ref,
  restoreRef,
  runningVm,
  vmRef,
  waitFor,
  world,
  startKubevirtCluster,
} from './kubevirt-test-world';

startKubevirtCluster();

test('restore of a running VM: StopTarget stops it and restores', async () => {
  await runningVm('stop-me');
  await readySnapshot('stop-me-snap', 'stop-me');
  await world.client.ok('create', {
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
  await world.client.ok('create', {
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
  const second = await world.client.call('create', {
    object: restoreManifest('busy-restore-2', 'busy', 'busy-snap'),
  });
  expect(second.ok ? undefined : second.error.body?.message).toBe(
    'admission webhook "virtualmachinerestore-validator.snapshot.kubevirt.io" denied the request: VirtualMachineRestore "busy-restore" in progress',
  );
});

test('restore of a running VM: WaitGracePeriod fails after the (scaled) 5 minute grace period', async () => {
  await runningVm('slowpoke');
  await readySnapshot('slowpoke-snap', 'slowpoke');
  await world.client.ok('create', {
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
  await world.client.ok('create', {
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
    `${world.cluster.url}/apis/subresources.kubevirt.io/v1/namespaces/demo/virtualmachines/patient/stop`,
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
  await world.client.ok('create', {
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
  const events = await world.client.ok<{ items: { reason: string; message: string }[] }>('list', {
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
  await world.client.ok('create', {
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
  const leftovers = await world.client.ok<{ items: { metadata: { name: string } }[] }>('list', {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    namespace: 'demo',
  });
  expect(
    leftovers.items.map((s) => s.metadata.name).filter((n) => n.startsWith('tmp-snapshot-')),
  ).toEqual([]);
});
