/**
 * What the backup item actions change in the items they return, so the archive holds what a
 * restore needs (research/oadp-velero.md §0a, §3.1; Velero 1.16.2
 * `pkg/backup/actions/csi/{pvc,volumesnapshot}_action.go`, kubevirt-velero-plugin 0.8
 * `pkg/plugin/{dv,vmi}_backup_item_action.go`). The live objects are never changed here: each
 * annotated item is a copy.
 */
import { formatQuantity } from '../../api/quantity';
import type { StoredObject } from '../../api/types';
import { clone } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import type { BackupItem } from './backup-items';
import type { Backup } from './backup-spec';
import { validLabelValue } from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

export const VOLUME_SNAPSHOT_NAME = 'velero.io/volume-snapshot-name';
export const DATA_UPLOAD_NAME = 'velero.io/data-upload-name';
export const MUST_INCLUDE_ADDITIONAL_ITEMS = 'backup.velero.io/must-include-additional-items';
export const PRE_POPULATED = 'cdi.kubevirt.io/storage.prePopulated';
export const POPULATED_FOR = 'cdi.kubevirt.io/storage.populatedFor';
export const IMPORT_IN_PROGRESS = 'kvp.kubevirt.io/storage.inprogress';
export const VMI_IS_OWNED = 'cdi.kubevirt.io/velero.isOwned';
const BACKUP_NAME = 'velero.io/backup-name';

interface Operation {
  spec: {
    backupItemAction: string;
    resourceIdentifier: { Namespace: string; Name: string };
    postOperationItems: { Namespace: string; Name: string }[] | null;
  };
  status?: { phase?: string };
}

const phaseOf = (object: StoredObject | undefined) =>
  (object?.status as { phase?: string } | undefined)?.phase;

function annotate(
  object: StoredObject,
  annotations: Record<string, string>,
  labels: Record<string, string> = {},
): StoredObject {
  const copy = clone(object);
  copy.metadata.annotations = { ...copy.metadata.annotations, ...annotations };
  if (Object.keys(labels).length) copy.metadata.labels = { ...copy.metadata.labels, ...labels };
  return copy;
}

/** The PVC's snapshot (CSI) or upload (data mover), as the CSI PVC action records it on the claim. */
function claimSnapshots(context: ClusterContext, operations: Operation[]) {
  const k = kinds(context.registry);
  const byClaim = new Map<string, { vs: string; du?: string }>();
  for (const op of operations) {
    const ref = op.spec.resourceIdentifier;
    if (op.spec.backupItemAction === 'velero.io/csi-volumesnapshot-backupper') {
      const vs = context.objects.get(k.volumeSnapshot, ref.Namespace, ref.Name);
      const claim = (vs?.spec as { source?: { persistentVolumeClaimName?: string } } | undefined)
        ?.source?.persistentVolumeClaimName;
      if (claim) byClaim.set(`${ref.Namespace}/${claim}`, { vs: ref.Name });
    } else {
      const du = context.objects.get(
        k.dataUpload,
        VELERO_NAMESPACE,
        op.spec.postOperationItems?.[0]?.Name ?? '',
      );
      const vs = (du?.spec as { csiSnapshot?: { volumeSnapshot?: string } } | undefined)
        ?.csiSnapshot?.volumeSnapshot;
      if (du && vs)
        byClaim.set(`${ref.Namespace}/${ref.Name}`, {
          vs,
          du: `${VELERO_NAMESPACE}/${du.metadata.name}`,
        });
    }
  }
  return byClaim;
}

/** The items as the actions return them: annotated copies where an action changes one. */
export function itemsAsBackedUp(
  context: ClusterContext,
  backup: Backup,
  items: BackupItem[],
  operations: unknown[],
  kubevirtPlugin: boolean,
): BackupItem[] {
  const k = kinds(context.registry);
  const snapshots = claimSnapshots(context, operations as Operation[]);
  return items.map((item) => {
    const { type, object } = item;
    const ns = object.metadata.namespace ?? '';
    let result = object;
    if (type === k.pvc) {
      const snapshot = snapshots.get(`${ns}/${object.metadata.name}`);
      if (snapshot)
        result = annotate(
          result,
          {
            [VOLUME_SNAPSHOT_NAME]: snapshot.vs,
            [MUST_INCLUDE_ADDITIONAL_ITEMS]: 'true',
            ...(snapshot.du ? { [DATA_UPLOAD_NAME]: snapshot.du } : {}),
          },
          { [VOLUME_SNAPSHOT_NAME]: snapshot.vs, [BACKUP_NAME]: backup.metadata.name },
        );
      const owner = object.metadata.ownerReferences?.find((o) => o.kind === 'DataVolume');
      const dv = owner && context.objects.get(k.dataVolume, ns, owner.name);
      if (kubevirtPlugin && owner && dv)
        result = annotate(result, {
          [phaseOf(dv) === 'Succeeded' ? POPULATED_FOR : IMPORT_IN_PROGRESS]: owner.name,
        });
    } else if (kubevirtPlugin && type === k.dataVolume && phaseOf(object) === 'Succeeded') {
      result = annotate(result, { [PRE_POPULATED]: object.metadata.name });
    } else if (kubevirtPlugin && type === k.vmi && object.metadata.ownerReferences?.length) {
      result = annotate(result, { [VMI_IS_OWNED]: 'true' });
    }
    return result === object ? item : { ...item, object: result };
  });
}

/**
 * The CSI snapshots' items the finalizer writes into the archive with their final status: each
 * VolumeSnapshot (with the VolumeSnapshot action's annotations), its content (labelled with the
 * backup, as the action patches it) and its class.
 */
export function snapshotItems(
  context: ClusterContext,
  backup: Backup,
  operations: unknown[],
): BackupItem[] {
  const k = kinds(context.registry);
  const out: BackupItem[] = [];
  for (const op of operations as Operation[]) {
    if (op.spec.backupItemAction !== 'velero.io/csi-volumesnapshot-backupper') continue;
    if (op.status?.phase !== 'Completed') continue;
    const ref = op.spec.resourceIdentifier;
    const vs = context.objects.get(k.volumeSnapshot, ref.Namespace, ref.Name);
    const bound = (vs?.status as { boundVolumeSnapshotContentName?: string } | undefined)
      ?.boundVolumeSnapshotContentName;
    const live = bound ? context.objects.get(k.volumeSnapshotContent, undefined, bound) : undefined;
    if (!vs || !live) continue;
    const label = { [BACKUP_NAME]: validLabelValue(backup.metadata.name) };
    const vsc =
      live.metadata.labels?.[BACKUP_NAME] === label[BACKUP_NAME]
        ? live
        : context.objects.update(k.volumeSnapshotContent, annotate(live, {}, label));
    const contentSpec = vsc.spec as { deletionPolicy?: string; driver?: string };
    const contentStatus = (vsc.status ?? {}) as { snapshotHandle?: string; restoreSize?: number };
    const className = (vs.spec as { volumeSnapshotClassName?: string }).volumeSnapshotClassName;
    const vsClass = className && context.objects.get(k.volumeSnapshotClass, undefined, className);
    out.push({
      type: k.volumeSnapshot,
      via: ref.Name,
      object: annotate(vs, {
        'velero.io/csi-vsc-deletion-policy': contentSpec.deletionPolicy ?? 'Delete',
        ...(contentStatus.snapshotHandle
          ? {
              'velero.io/csi-volumesnapshot-handle': contentStatus.snapshotHandle,
              'velero.io/csi-driver-name': contentSpec.driver ?? '',
            }
          : {}),
        ...(contentStatus.restoreSize !== undefined
          ? {
              'velero.io/csi-volumesnapshot-restore-size': formatQuantity(
                contentStatus.restoreSize,
              ),
            }
          : {}),
        [MUST_INCLUDE_ADDITIONAL_ITEMS]: 'true',
      }),
    });
    out.push({ type: k.volumeSnapshotContent, via: ref.Name, object: vsc });
    if (vsClass && !out.some((i) => i.type === k.volumeSnapshotClass && i.via === className))
      out.push({ type: k.volumeSnapshotClass, via: className, object: vsClass });
  }
  return out;
}
