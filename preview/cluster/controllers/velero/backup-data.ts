/**
 * What deleting a backup removes (`backup_deletion_controller.go` after the checks; research/
 * velero-formats.md §1, §5): the CSI VolumeSnapshots and contents labelled with the backup, the
 * DataUploads and the moved data they left under `kopia/<namespace>/<snapshotID>` (named in the
 * backup's volume infos), every file under `backups/<name>/`, and the restores of the backup
 * with their files. Returns Velero's error strings; an empty list means all of it went.
 */
import { gunzipSync } from 'node:zlib';
import type { StoredObject } from '../../api/types';
import { asArray, asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { findLocation, isReachable, locationBucket } from './storage-locations';
import { unreachableError } from './storage-validation';
import { BACKUP_NAME_LABEL, validLabelValue } from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

/** `kopia/<namespace>/<snapshotID>` keys of the volumes a backup moved (its volume infos). */
export function movedDataKeys(content: Buffer | undefined): string[] {
  if (!content) return [];
  let infos: unknown;
  try {
    infos = JSON.parse(gunzipSync(content).toString('utf8'));
  } catch {
    return [];
  }
  return asArray(infos).flatMap((info) => {
    if (!isMap(info) || !isMap(info.snapshotDataMovementInfo)) return [];
    const id = asString(info.snapshotDataMovementInfo.snapshotHandle);
    const namespace = asString(info.pvcNamespace);
    return id && namespace && id !== 'unknown' ? [`kopia/${namespace}/${id}`] : [];
  });
}

export function deleteBackupData(context: ClusterContext, backup: StoredObject): string[] {
  const k = kinds(context.registry);
  const name = backup.metadata.name;
  const label = validLabelValue(name);
  const errors: string[] = [];
  const spec = isMap(backup.spec) ? backup.spec : {};
  const location = findLocation(context, asString(spec.storageLocation) ?? '');
  const bucket = location ? locationBucket(location) : undefined;

  for (const type of [k.volumeSnapshot, k.volumeSnapshotContent]) {
    for (const object of context.objects.list(type)) {
      if (object.metadata.labels?.[BACKUP_NAME_LABEL] === label)
        context.objects.delete(type, object.metadata.namespace, object.metadata.name);
    }
  }
  if (!location || !bucket || !isReachable(location)) {
    errors.push(location ? unreachableError(location) : 'error getting the backup store');
    return errors;
  }
  const backupDir = `${bucket.root}backups/${name}/`;
  if (spec.snapshotMoveData === true) {
    const infos = context.objectStore.get(bucket.bucket, `${backupDir}${name}-volumeinfo.json.gz`);
    for (const key of movedDataKeys(infos))
      context.objectStore.delete(bucket.bucket, bucket.root + key);
    for (const upload of context.objects.list(k.dataUpload, VELERO_NAMESPACE)) {
      if (upload.metadata.labels?.[BACKUP_NAME_LABEL] === label)
        context.objects.delete(k.dataUpload, VELERO_NAMESPACE, upload.metadata.name);
    }
  }
  context.objectStore.deletePrefix(bucket.bucket, backupDir);
  for (const restore of context.objects.list(k.restore, VELERO_NAMESPACE)) {
    if (!isMap(restore.spec) || restore.spec.backupName !== name) continue;
    // The restore's own finalizer removes its files from the bucket; done here in one go.
    context.objectStore.deletePrefix(
      bucket.bucket,
      `${bucket.root}restores/${restore.metadata.name}/`,
    );
    context.objects.delete(k.restore, VELERO_NAMESPACE, restore.metadata.name);
  }
  return errors;
}
