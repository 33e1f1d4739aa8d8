/**
 * vm.status.volumeSnapshotStatuses, computed as KubeVirt's snapshot controller does
 * (research/kubevirt-snapshots.md §2.3): volume source type, StorageClass resolution, then the
 * VolumeSnapshotClass from the CDI StorageProfile or by StorageClass provisioner == driver.
 */
import type {
  DataVolume,
  PersistentVolumeClaim,
  StorageClass,
  VirtualMachine,
  Volume,
  VolumeSnapshotClass,
} from '../api/kubevirt-types';
import type { StoredObject } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';

export interface VolumeSnapshotStatus {
  name: string;
  enabled: boolean;
  reason?: string;
}

const DEFAULT_SNAPSHOT_CLASS = 'snapshot.storage.kubernetes.io/is-default-class';

/** The claim name behind a PVC or DataVolume volume (memoryDump volumes name a claim too). */
export function claimNameOf(volume: Volume): string | undefined {
  return (
    volume.persistentVolumeClaim?.claimName ??
    volume.dataVolume?.name ??
    volume.memoryDump?.claimName
  );
}

/** §2.3 step 2: the StorageClass of a volume, or why there is none. */
function storageClassOf(
  context: ClusterContext,
  vm: VirtualMachine,
  volume: Volume,
): { name?: string; problem?: string } {
  const k = kinds(context.registry);
  const namespace = vm.metadata.namespace;
  const claim = claimNameOf(volume) ?? '';
  const pvc = context.objects.get(k.pvc, namespace, claim) as PersistentVolumeClaim | undefined;
  if (volume.dataVolume) {
    const dv = context.objects.get(k.dataVolume, namespace, claim) as DataVolume | undefined;
    const template = vm.spec.dataVolumeTemplates?.find((t) => t.metadata.name === claim);
    const name =
      dv?.spec.pvc?.storageClassName ??
      dv?.spec.storage?.storageClassName ??
      template?.spec.pvc?.storageClassName ??
      template?.spec.storage?.storageClassName ??
      pvc?.spec.storageClassName;
    if (name) return { name };
    return pvc || dv || template
      ? { problem: 'volume type has no StorageClass defined' }
      : { problem: 'PVC not found' };
  }
  if (!pvc) return { problem: 'PVC not found' };
  return pvc.spec.storageClassName
    ? { name: pvc.spec.storageClassName }
    : { problem: 'volume type has no StorageClass defined' };
}

/** §2.3 step 3: StorageProfile.status.snapshotClass first, else the classes of the driver. */
export function snapshotClassFor(
  context: ClusterContext,
  storageClassName: string,
  volumeName: string,
): { name?: string; problem?: string } {
  const k = kinds(context.registry);
  const classes = context.objects.list(k.volumeSnapshotClass) as VolumeSnapshotClass[];
  const profile: (StoredObject & { status?: { snapshotClass?: string } }) | undefined =
    context.objects.get(k.storageProfile, undefined, storageClassName);
  const preferred = profile?.status?.snapshotClass;
  if (preferred && classes.some((c) => c.metadata.name === preferred)) return { name: preferred };
  const storageClass = context.objects.get(k.storageClass, undefined, storageClassName) as
    StorageClass | undefined;
  const matching = storageClass ? classes.filter((c) => c.driver === storageClass.provisioner) : [];
  if (matching.length === 1) return { name: matching[0].metadata.name };
  if (matching.length > 1) {
    const byDefault = matching.find(
      (c) => c.metadata.annotations?.[DEFAULT_SNAPSHOT_CLASS] === 'true',
    );
    return byDefault
      ? { name: byDefault.metadata.name }
      : { problem: `${matching.length} matching VolumeSnapshotClasses for ${storageClassName}` };
  }
  return {
    problem: `No VolumeSnapshotClass: Volume snapshots are not configured for this StorageClass [${storageClassName}] [${volumeName}]`,
  };
}

export function volumeSnapshotStatus(
  context: ClusterContext,
  vm: VirtualMachine,
  volume: Volume,
): VolumeSnapshotStatus {
  // §2.3 step 1: only PVC, DataVolume and memory dump volumes can be snapshotted.
  if (!volume.persistentVolumeClaim && !volume.dataVolume && !volume.memoryDump) {
    return {
      name: volume.name,
      enabled: false,
      reason: `Snapshot is not supported for this volumeSource type [${volume.name}]`,
    };
  }
  const storageClass = storageClassOf(context, vm, volume);
  if (!storageClass.name)
    return { name: volume.name, enabled: false, reason: storageClass.problem ?? 'PVC not found' };
  const snapshotClass = snapshotClassFor(context, storageClass.name, volume.name);
  if (!snapshotClass.name)
    return { name: volume.name, enabled: false, reason: snapshotClass.problem ?? '' };
  return { name: volume.name, enabled: true };
}

export function volumeSnapshotStatuses(
  context: ClusterContext,
  vm: VirtualMachine,
): VolumeSnapshotStatus[] {
  return (vm.spec.template.spec.volumes ?? []).map((volume) =>
    volumeSnapshotStatus(context, vm, volume),
  );
}
