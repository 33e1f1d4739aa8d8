/**
 * The `demo` seed (issue part 4): namespace demo with VMs running with and without a guest
 * agent, paused, stopped, containerDisk-only, with mixed eligible/ineligible disks and with a
 * hot-plugged disk that is not in its spec, plus
 * snapshot history (succeeded, failed, not ready, in progress) and a past restore. The history
 * is made by the simulated controllers themselves, fast-forwarded, then back-dated.
 */
import type { VMRestore, VMSnapshot } from '../api/kubevirt-types';
import type { KubeObject, StoredObject } from '../api/types';
import { clone, rfc3339, without } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { precompile } from '../schema/validator';
import { GUEST_AGENT_ANNOTATION, SNAPSHOT_DELAY_ANNOTATION } from '../controllers/simulation';
import { vmActions } from '../controllers/vm-actions';
import { DEMO_NAMESPACE, NO_SNAPSHOT_CLASS, SNAPSHOT_CAPABLE_CLASS } from './infrastructure';
import { restore, snapshot, virtualMachine } from './builders';
import { oadpObjects } from './oadp';
import { seedBackups } from './oadp-history';

const CEPH = SNAPSHOT_CAPABLE_CLASS;
const DAY = 86_400_000;
// Fast, but slow enough that the 5-minute snapshot deadline (1 s here) is never hit by accident.
const FAST_FORWARD = 300;

const HOTPLUG_CLAIM = 'rhel9-hotplug-scratch';

const hotplugClaim: KubeObject = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: HOTPLUG_CLAIM, namespace: DEMO_NAMESPACE },
  spec: {
    accessModes: ['ReadWriteMany'],
    storageClassName: CEPH,
    volumeMode: 'Block',
    resources: { requests: { storage: '10Gi' } },
  },
};

const VMS = [
  virtualMachine({
    name: 'fedora-web',
    runStrategy: 'Always',
    os: 'fedora',
    disks: [{ name: 'rootdisk', size: '30Gi', storageClass: CEPH }],
    cloudInit: true,
  }),
  virtualMachine({
    name: 'rhel9-db',
    runStrategy: 'Always',
    os: 'rhel9',
    guestAgent: false,
    disks: [
      { name: 'rootdisk', size: '40Gi', storageClass: CEPH },
      { name: 'data', size: '200Gi', storageClass: CEPH },
    ],
  }),
  virtualMachine({
    name: 'win2k22-app',
    runStrategy: 'Always',
    os: 'windows2k22',
    memory: '8Gi',
    disks: [{ name: 'rootdisk', size: '60Gi', storageClass: CEPH }],
  }),
  virtualMachine({
    name: 'centos-batch',
    runStrategy: 'Halted',
    os: 'centos-stream9',
    disks: [{ name: 'rootdisk', size: '30Gi', storageClass: CEPH }],
  }),
  virtualMachine({
    name: 'cirros-ephemeral',
    runStrategy: 'Always',
    os: 'cirros',
    disks: [],
    containerDisk: 'quay.io/kubevirt/cirros-container-disk-demo:latest',
    memory: '256Mi',
  }),
  virtualMachine({
    name: 'mixed-storage',
    runStrategy: 'Always',
    os: 'fedora',
    disks: [
      { name: 'rootdisk', size: '30Gi', storageClass: CEPH },
      { name: 'scratch', size: '50Gi', storageClass: NO_SNAPSHOT_CLASS },
    ],
    cloudInit: true,
  }),
  // A disk hot-plugged into the running VM without --persist: never in its snapshots.
  virtualMachine({
    name: 'rhel9-hotplug',
    runStrategy: 'Always',
    os: 'rhel9',
    disks: [{ name: 'rootdisk', size: '30Gi', storageClass: CEPH }],
    hotplug: `hotplug-scratch:${HOTPLUG_CLAIM}`,
  }),
];

function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() - started > 30_000)
        reject(new Error(`demo seed: timed out waiting for ${what}`));
      else setTimeout(poll, 2);
    };
    poll();
  });
}

export async function seedDemo(
  context: ClusterContext,
  put: (object: KubeObject) => StoredObject,
): Promise<void> {
  const k = kinds(context.registry);
  for (const type of [
    k.vm,
    k.vmi,
    k.vmSnapshot,
    k.vmSnapshotContent,
    k.vmRestore,
    k.dataVolume,
    k.volumeSnapshot,
    k.volumeSnapshotContent,
    k.storageProfile,
  ]) {
    const schema = type.schemas?.get(type.storageVersion);
    if (schema) precompile(schema);
  }
  const scale = context.clock.scale;
  context.clock.scale = FAST_FORWARD;
  const get = (type: typeof k.vm, name: string) => context.objects.get(type, DEMO_NAMESPACE, name);
  const vmStatus = (name: string) =>
    (get(k.vm, name)?.status as { printableStatus?: string } | undefined)?.printableStatus;
  const snapshotDone = (name: string) =>
    ['Succeeded', 'Failed'].includes(
      String((get(k.vmSnapshot, name) as VMSnapshot | undefined)?.status?.phase),
    );
  const annotateClaim = (name: string, value: string | undefined) => {
    const pvc = clone(context.objects.mustGet(k.pvc, DEMO_NAMESPACE, name));
    const annotations = { ...pvc.metadata.annotations };
    pvc.metadata.annotations =
      value === undefined
        ? without(annotations, SNAPSHOT_DELAY_ANNOTATION)
        : { ...annotations, [SNAPSHOT_DELAY_ANNOTATION]: value };
    context.objects.update(k.pvc, pvc);
  };
  const takeSnapshot = async (object: KubeObject) => {
    put(object);
    await until(
      () => snapshotDone(object.metadata.name ?? ''),
      `snapshot ${object.metadata.name ?? ''}`,
    );
  };

  for (const object of oadpObjects()) put(object);
  put(hotplugClaim);
  for (const vm of VMS) put(vm);
  await until(
    () =>
      VMS.every((vm) => ['Running', 'Stopped'].includes(vmStatus(vm.metadata.name ?? '') ?? '')),
    'VMs to settle',
  );
  await until(
    () =>
      context.objects
        .list(k.dataVolume, DEMO_NAMESPACE)
        .every((dv) => (dv.status as { phase?: string } | undefined)?.phase === 'Succeeded'),
    'disks to import',
  );
  const agentExpected = (vm: KubeObject) =>
    !JSON.stringify(vm.spec).includes(`"${GUEST_AGENT_ANNOTATION}":"false"`);
  const agentConnected = (name: string) =>
    JSON.stringify(get(k.vmi, name)?.status ?? {}).includes('"type":"AgentConnected"');
  await until(
    () =>
      VMS.every(
        (vm) =>
          vmStatus(vm.metadata.name ?? '') === 'Stopped' ||
          !agentExpected(vm) ||
          agentConnected(vm.metadata.name ?? ''),
      ),
    'guest agents',
  );
  vmActions.pause(context, DEMO_NAMESPACE, 'win2k22-app');

  await takeSnapshot(snapshot('fedora-web-before-upgrade', 'fedora-web'));
  await takeSnapshot(snapshot('fedora-web-nightly', 'fedora-web'));
  await takeSnapshot(snapshot('rhel9-db-weekly', 'rhel9-db'));
  await takeSnapshot(snapshot('win2k22-app-paused', 'win2k22-app'));
  await takeSnapshot(snapshot('centos-batch-offline', 'centos-batch'));
  await takeSnapshot(snapshot('cirros-ephemeral-config', 'cirros-ephemeral'));
  await takeSnapshot(snapshot('mixed-storage-partial', 'mixed-storage'));
  // A snapshot that hits its deadline: the simulated CSI driver is told to be slow for a while.
  annotateClaim('centos-batch-rootdisk', '10m');
  await takeSnapshot(snapshot('centos-batch-quick', 'centos-batch', { failureDeadline: '1m' }));
  annotateClaim('centos-batch-rootdisk', undefined);
  // A past restore of the stopped VM, in place.
  put(restore('centos-batch-restore-1', 'centos-batch', 'centos-batch-offline'));
  await until(
    () =>
      (get(k.vmRestore, 'centos-batch-restore-1') as VMRestore | undefined)?.status?.complete ===
      true,
    'restore',
  );
  // A succeeded snapshot that is no longer ready: someone deleted its VolumeSnapshot.
  const nightly = get(k.vmSnapshot, 'fedora-web-nightly') as VMSnapshot;
  const volumeSnapshot = context.objects
    .list(k.volumeSnapshot, DEMO_NAMESPACE)
    .find((vs) => vs.metadata.name.startsWith(`vmsnapshot-${nightly.metadata.uid}`));
  if (volumeSnapshot)
    context.objects.delete(k.volumeSnapshot, DEMO_NAMESPACE, volumeSnapshot.metadata.name);
  await until(
    () => (get(k.vmSnapshot, 'fedora-web-nightly') as VMSnapshot).status?.readyToUse === false,
    'nightly to lose readiness',
  );
  await seedBackups(context, put, until);
  backdate(context, Date.now());

  // Back to real time, then a snapshot that stays in progress: its data disk takes 45 minutes to cut.
  context.clock.scale = scale;
  annotateClaim('rhel9-db-data', '45m');
  put(snapshot('rhel9-db-manual', 'rhel9-db', { failureDeadline: '2h' }));
}

/** Spreads the history over past days so lists and ages look lived-in. */
function backdate(context: ClusterContext, now: number): void {
  const k = kinds(context.registry);
  const ages: Record<string, number> = {
    'fedora-web-before-upgrade': 12 * DAY,
    'fedora-web-nightly': 1 * DAY,
    'rhel9-db-weekly': 6 * DAY,
    'win2k22-app-paused': 3 * DAY,
    'centos-batch-offline': 9 * DAY,
    'cirros-ephemeral-config': 2 * DAY,
    'mixed-storage-partial': 4 * DAY,
    'centos-batch-quick': 8 * DAY,
  };
  const rewrite = (type: typeof k.vm, object: StoredObject, at: number, statusFields: string[]) => {
    const next = clone(object);
    next.metadata.creationTimestamp = rfc3339(at);
    const status = next.status as Record<string, unknown> | undefined;
    for (const field of statusFields) if (status?.[field]) status[field] = rfc3339(at + 60_000);
    context.store.write(`${type.group}/${type.plural}`, next, 'MODIFIED');
  };
  for (const vm of context.objects.list(k.vm, DEMO_NAMESPACE))
    rewrite(k.vm, vm, now - 30 * DAY, []);
  for (const s of context.objects.list(k.vmSnapshot, DEMO_NAMESPACE)) {
    const age = ages[s.metadata.name];
    if (age !== undefined) rewrite(k.vmSnapshot, s, now - age, ['creationTime']);
  }
  const past = context.objects.get(k.vmRestore, DEMO_NAMESPACE, 'centos-batch-restore-1');
  if (past) rewrite(k.vmRestore, past, now - 7 * DAY, ['restoreTime']);
}
