/**
 * What Velero 1.16 strips or adds when it restores an item (research/oadp-velero.md §2.3;
 * Velero `pkg/restore/restore.go` resetMetadata, resetStatus, resetVolumeBindingInfo,
 * addRestoreLabels) and how it compares an existing object with the backed-up one.
 */
import { createHash } from 'node:crypto';
import type { KubeObject } from '../../api/types';
import { clone, isMap } from '../../api/types';
import { canonicalJson } from '../../storage/objects';

export const BACKUP_NAME_LABEL = 'velero.io/backup-name';
export const RESTORE_NAME_LABEL = 'velero.io/restore-name';
export const RESTORE_UID_LABEL = 'velero.io/restore-uid';
export const ASYNC_OPERATION_ID_LABEL = 'velero.io/async-operation-id';

const RESET_METADATA = [
  'generateName',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
];

/** resetMetadataAndStatus: identity, ownership and status go; labels, annotations, finalizers stay. */
export function resetMetadataAndStatus(object: KubeObject): KubeObject {
  const next = clone(object);
  next.metadata = Object.fromEntries(
    Object.entries(next.metadata).filter(([key]) => !RESET_METADATA.includes(key)),
  );
  delete next.status;
  return next;
}

/** resetVolumeBindingInfo: a PV or PVC may be bound again by the PV controller. */
export function resetVolumeBindingInfo(object: KubeObject): KubeObject {
  const next = clone(object);
  const spec = isMap(next.spec) ? next.spec : {};
  if (isMap(spec.claimRef)) {
    delete spec.claimRef.uid;
    delete spec.claimRef.resourceVersion;
  }
  const annotations = { ...next.metadata.annotations };
  delete annotations['pv.kubernetes.io/bind-completed'];
  delete annotations['pv.kubernetes.io/bound-by-controller'];
  next.metadata.annotations = annotations;
  return next;
}

/** label.GetValidName: values over 63 characters become 57 characters + 6 hex of sha256. */
export function validLabelValue(value: string): string {
  if (value.length <= 63) return value;
  return value.slice(0, 57) + createHash('sha256').update(value).digest('hex').slice(0, 6);
}

export function addRestoreLabels(object: KubeObject, restore: string, backup: string): void {
  object.metadata.labels = {
    ...object.metadata.labels,
    [BACKUP_NAME_LABEL]: validLabelValue(backup),
    [RESTORE_NAME_LABEL]: validLabelValue(restore),
  };
}

/** equality.Semantic.DeepEqual of the stripped objects, as Velero compares them. */
export function sameObject(a: KubeObject, b: KubeObject): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** util.GenerateSha256FromRestoreUIDAndVsName: the restored VolumeSnapshot's and content's name. */
export function restoredSnapshotName(restoreUid: string, snapshotName: string): string {
  return createHash('sha256').update(`${restoreUid}/${snapshotName}`).digest('hex');
}
