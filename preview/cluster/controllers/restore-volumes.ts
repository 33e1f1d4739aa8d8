/**
 * The volume side of a restore (research §2.4): the claim name per volumeRestorePolicy
 * (RandomizeNames, InPlace, PrefixTargetName, overrides), claims created from the
 * VolumeSnapshots, and the VM spec rewired to them.
 */
import type {
  DataVolume,
  PersistentVolumeClaim,
  VMRestore,
  VMSnapshotContent,
  VirtualMachine,
  VolumeBackup,
} from '../api/kubevirt-types';
import type { StoredObject } from '../api/types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { PRE_POPULATED_ANNOTATION } from './datavolumes';
import { ownerReference, writeObject } from './helpers';

export const RESTORE_NAME_ANNOTATION = 'restore.kubevirt.io/name';
type Restores = NonNullable<NonNullable<VMRestore['status']>['restores']>;

export function restorePolicy(restore: VMRestore): string {
  return restore.spec.volumeRestorePolicy ?? 'RandomizeNames';
}

/** The claim a volume is restored into. */
export function restoreClaimName(restore: VMRestore, backup: VolumeBackup): string {
  const override = restore.spec.volumeRestoreOverrides?.find(
    (o) => o.volumeName === backup.volumeName,
  );
  if (override?.restoreName) return override.restoreName;
  switch (restorePolicy(restore)) {
    case 'InPlace':
      return backup.persistentVolumeClaim.metadata.name;
    case 'PrefixTargetName':
      return `${restore.spec.target.name}-${backup.volumeName}`.slice(0, 63);
    default:
      return `restore-${restore.metadata.uid}-${backup.volumeName}`;
  }
}

/** memoryDump volumes are snapshotted but never restored (restore.go#volumesNotForRestore). */
export function restorableBackups(content: VMSnapshotContent): VolumeBackup[] {
  const volumes = content.spec.source.virtualMachine?.spec.template.spec.volumes ?? [];
  return (content.spec.volumeBackups ?? []).filter(
    (b) => !volumes.find((v) => v.name === b.volumeName)?.memoryDump && b.volumeSnapshotName,
  );
}

/**
 * Makes sure every claim exists (deleting the original first for InPlace). Returns the
 * restores list, and whether every claim is ready to be used (Bound, or waiting for a consumer).
 */
export function reconcileClaims(
  context: ClusterContext,
  restore: VMRestore,
  content: VMSnapshotContent,
  target: VirtualMachine | undefined,
): { restores: Restores; ready: boolean } {
  const k = kinds(context.registry);
  const namespace = restore.metadata.namespace;
  const restores: Restores = [];
  let ready = true;
  for (const backup of restorableBackups(content)) {
    const name = restoreClaimName(restore, backup);
    const snapshotName = backup.volumeSnapshotName ?? '';
    restores.push({
      volumeName: backup.volumeName,
      persistentVolumeClaim: name,
      volumeSnapshotName: snapshotName,
    });
    const existing = context.objects.get(k.pvc, namespace, name) as
      PersistentVolumeClaim | undefined;
    const ours =
      existing?.metadata.annotations?.[RESTORE_NAME_ANNOTATION] === restore.metadata.name;
    if (existing && !ours) {
      // PrefixTargetName reuses a bound claim of that name as it is (reconcileVolumeRestores).
      if (restorePolicy(restore) === 'PrefixTargetName' && existing.status?.phase === 'Bound')
        continue;
      // InPlace: the original claim is replaced; its DataVolume is marked pre-populated first.
      const owner = existing.metadata.ownerReferences?.find((o) => o.kind === 'DataVolume');
      const dv = owner
        ? (context.objects.get(k.dataVolume, namespace, owner.name) as DataVolume | undefined)
        : undefined;
      if (dv && dv.metadata.annotations?.[PRE_POPULATED_ANNOTATION] === undefined) {
        const marked = clone(dv);
        marked.metadata.annotations = {
          ...marked.metadata.annotations,
          [PRE_POPULATED_ANNOTATION]: dv.metadata.name,
        };
        writeObject(context, k.dataVolume, marked);
      }
      if (!existing.metadata.deletionTimestamp) context.objects.delete(k.pvc, namespace, name);
      ready = false;
      continue;
    }
    if (!existing) {
      const source = backup.persistentVolumeClaim;
      const override = restore.spec.volumeRestoreOverrides?.find(
        (o) => o.volumeName === backup.volumeName,
      );
      const owners: StoredObject[] = [];
      const dvOwner =
        source.metadata.name === name
          ? (context.objects.get(k.dataVolume, namespace, name) as DataVolume | undefined)
          : undefined;
      if (dvOwner) owners.push(dvOwner);
      else if (target && (restore.spec.volumeOwnershipPolicy ?? 'Vm') === 'Vm') owners.push(target);
      const spec = clone(source.spec);
      delete spec.volumeName;
      context.objects.create(k.pvc, {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: {
          name,
          namespace,
          labels: {
            ...source.metadata.labels,
            'restore.kubevirt.io/source-vm-name':
              content.spec.source.virtualMachine?.metadata.name ?? '',
            'restore.kubevirt.io/source-vm-namespace': namespace ?? '',
            ...override?.labels,
          },
          annotations: {
            ...source.metadata.annotations,
            [RESTORE_NAME_ANNOTATION]: restore.metadata.name,
            ...override?.annotations,
          },
          ...(owners.length > 0
            ? { ownerReferences: owners.map((o) => ownerReference(o, true, false)) }
            : {}),
        },
        spec: {
          ...spec,
          dataSource: {
            apiGroup: 'snapshot.storage.k8s.io',
            kind: 'VolumeSnapshot',
            name: snapshotName,
          },
        },
      });
      ready = false;
      continue;
    }
    const storageClass = context.objects.get(
      k.storageClass,
      undefined,
      existing.spec.storageClassName ?? '',
    );
    const waitsForConsumer = storageClass?.volumeBindingMode === 'WaitForFirstConsumer';
    if (existing.status?.phase !== 'Bound' && !waitsForConsumer) ready = false;
  }
  return { restores, ready };
}

/** The snapshot's VM spec with restored volumes pointing at their new claims. */
export function restoredSpec(
  restore: VMRestore,
  content: VMSnapshotContent,
  restores: Restores,
): VirtualMachine['spec'] {
  const spec = clone(content.spec.source.virtualMachine?.spec ?? { template: { spec: {} } });
  if (restorePolicy(restore) === 'InPlace') return spec;
  const renamed = new Map(restores.map((r) => [r.volumeName, r.persistentVolumeClaim]));
  const replacedTemplates = new Set<string>();
  spec.template.spec.volumes = (spec.template.spec.volumes ?? []).map((volume) => {
    const claim = renamed.get(volume.name);
    if (!claim) return volume;
    if (volume.dataVolume) replacedTemplates.add(volume.dataVolume.name);
    return { name: volume.name, persistentVolumeClaim: { claimName: claim } };
  });
  if (spec.dataVolumeTemplates)
    spec.dataVolumeTemplates = spec.dataVolumeTemplates.filter(
      (t) => !replacedTemplates.has(t.metadata.name),
    );
  if (spec.dataVolumeTemplates?.length === 0) delete spec.dataVolumeTemplates;
  return spec;
}
