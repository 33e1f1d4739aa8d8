/**
 * The snapshot "source" of KubeVirt (pkg/storage/snapshot/source.go), research §2.2: lock and
 * unlock of the VM, volume preconditions, online/offline, freeze and the spec to capture.
 */
import type {
  DataVolume,
  PersistentVolumeClaim,
  VMSnapshot,
  VirtualMachine,
  VirtualMachineInstance,
  Volume,
  VolumeBackup,
} from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { conditionStatus, writeObject, writeStatus } from './helpers';
import { hasGuestAgent } from './virtual-machine-instances';
import { claimNameOf, snapshotClassFor } from './volume-snapshot-status';

export const SOURCE_PROTECTION_FINALIZER = 'snapshot.kubevirt.io/snapshot-source-protection';

export function vmiOf(
  context: ClusterContext,
  vm: VirtualMachine,
): VirtualMachineInstance | undefined {
  return context.objects.get(
    kinds(context.registry).vmi,
    vm.metadata.namespace,
    vm.metadata.name,
  ) as VirtualMachineInstance | undefined;
}

/** Why the VM cannot be locked now (undefined when it can); research §2.2 "Lock preconditions". */
export function lockProblem(
  context: ClusterContext,
  vm: VirtualMachine,
  snapshot: VMSnapshot,
): string | undefined {
  const k = kinds(context.registry);
  const holder = vm.status?.snapshotInProgress;
  if (holder && holder !== snapshot.metadata.name) return `snapshot "${holder}" in progress`;
  if (vm.status?.restoreInProgress) return `restore "${vm.status.restoreInProgress}" in progress`;
  for (const volume of vm.spec.template.spec.volumes ?? []) {
    if (!volume.persistentVolumeClaim && !volume.dataVolume) continue;
    const claim = claimNameOf(volume) ?? '';
    const pvc = context.objects.get(k.pvc, vm.metadata.namespace, claim) as
      PersistentVolumeClaim | undefined;
    if (!pvc) return `volume doesnt exist: ${claim}`;
    if (pvc.metadata.deletionTimestamp) return `volume is being deleted: ${claim}`;
    if (pvc.status?.phase !== 'Bound') return `volume not bound: ${claim}`;
    const owner = pvc.metadata.ownerReferences?.find((o) => o.kind === 'DataVolume');
    const dv = owner
      ? (context.objects.get(k.dataVolume, vm.metadata.namespace, owner.name) as
          DataVolume | undefined)
      : undefined;
    if (dv && dv.status?.phase !== 'Succeeded') return `volume not populated: ${claim}`;
  }
  return undefined;
}

export function lock(
  context: ClusterContext,
  vm: VirtualMachine,
  snapshot: VMSnapshot,
): VirtualMachine {
  const k = kinds(context.registry);
  let next = clone(vm);
  if (!(next.metadata.finalizers ?? []).includes(SOURCE_PROTECTION_FINALIZER)) {
    next.metadata.finalizers = [...(next.metadata.finalizers ?? []), SOURCE_PROTECTION_FINALIZER];
    next = writeObject(context, k.vm, next);
  }
  return writeStatus(context, k.vm, next, {
    ...next.status,
    snapshotInProgress: snapshot.metadata.name,
  });
}

export function unlock(context: ClusterContext, vm: VirtualMachine, snapshot: VMSnapshot): void {
  const k = kinds(context.registry);
  if (vm.status?.snapshotInProgress !== snapshot.metadata.name) return;
  const status = { ...vm.status };
  delete status.snapshotInProgress;
  const next = writeStatus(context, k.vm, vm, status);
  const withoutFinalizer = clone(next);
  withoutFinalizer.metadata.finalizers = (withoutFinalizer.metadata.finalizers ?? []).filter(
    (f) => f !== SOURCE_PROTECTION_FINALIZER,
  );
  writeObject(context, k.vm, withoutFinalizer);
}

/** Online means a VMI exists; the indications say how consistent the snapshot is. */
export function indications(context: ClusterContext, vm: VirtualMachine): string[] {
  const vmi = vmiOf(context, vm);
  if (!vmi) return [];
  if (conditionStatus(vmi.status?.conditions, 'Paused') === 'True') return ['Online', 'Paused'];
  return [
    'Online',
    conditionStatus(vmi.status?.conditions, 'AgentConnected') === 'True' && hasGuestAgent(vmi)
      ? 'GuestAgent'
      : 'NoGuestAgent',
  ];
}

/** Fixed texts for sourceIndications (wording of this simulation). */
export const INDICATION_MESSAGES: Record<string, string> = {
  Online: 'Snapshot taken while the VM was running',
  GuestAgent:
    'Guest agent was connected: file systems were frozen during the snapshot (application-consistent)',
  NoGuestAgent: 'No guest agent: file systems were not frozen, the snapshot is crash-consistent',
  Paused: 'VM was paused: file systems were not frozen',
  PartialSnapshot:
    'Not every volume could be snapshotted; see status.snapshotVolumes.excludedVolumes',
};

/** The VM spec to store: for a running VM the running spec plus the VM's current volumes and disks. */
export function capturedSpec(context: ClusterContext, vm: VirtualMachine): VirtualMachine['spec'] {
  const spec = clone(vm.spec);
  const vmi = vmiOf(context, vm);
  if (!vmi) return spec;
  const running = clone(vmi.spec);
  spec.template.spec = {
    ...running,
    domain: {
      ...running.domain,
      devices: {
        ...running.domain?.devices,
        disks: clone(vm.spec.template.spec.domain?.devices?.disks ?? []),
      },
    },
    volumes: clone(vm.spec.template.spec.volumes ?? []),
  };
  return spec;
}

/** §2.3 step 4: what gets a VolumeSnapshot; unbound or class-less claims are skipped, not fatal. */
export function volumeBackups(
  context: ClusterContext,
  vm: VirtualMachine,
  snapshot: VMSnapshot,
): { backups: VolumeBackup[]; excluded: string[] } {
  const k = kinds(context.registry);
  const backups: VolumeBackup[] = [];
  const excluded: string[] = [];
  const volumes: Volume[] = vm.spec.template.spec.volumes ?? [];
  for (const volume of volumes) {
    const claim = claimNameOf(volume);
    const pvc = claim
      ? (context.objects.get(k.pvc, vm.metadata.namespace, claim) as
          PersistentVolumeClaim | undefined)
      : undefined;
    const usable =
      pvc?.status?.phase === 'Bound' &&
      pvc.spec.storageClassName &&
      snapshotClassFor(context, pvc.spec.storageClassName, volume.name).name;
    if (!pvc || !usable) {
      excluded.push(volume.name);
      continue;
    }
    backups.push({
      volumeName: volume.name,
      persistentVolumeClaim: {
        metadata: {
          name: pvc.metadata.name,
          namespace: pvc.metadata.namespace,
          ...(pvc.metadata.labels ? { labels: clone(pvc.metadata.labels) } : {}),
          ...(pvc.metadata.annotations ? { annotations: clone(pvc.metadata.annotations) } : {}),
        },
        spec: clone(pvc.spec),
      },
      volumeSnapshotName: `vmsnapshot-${snapshot.metadata.uid}-volume-${volume.name}`,
    });
  }
  return { backups, excluded };
}
