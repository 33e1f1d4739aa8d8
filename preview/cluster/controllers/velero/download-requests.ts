/**
 * Velero 1.16's DownloadRequest controller (`download_request_controller.go`, `persistence/
 * object_store.go` `GetDownloadURL`; research/velero-formats.md §10): a new request gets
 * `expiration` = now + 10 min and, when its Backup (for Restore* kinds: the Restore, then its
 * Backup) and that backup's location exist and the bucket can be reached, `Processed` with a
 * pre-signed URL to the file, served by this cluster (`/object-store/...`). Otherwise it never
 * gets a URL. Expired requests are deleted.
 */
import type { StoredObject } from '../../api/types';
import { asString, clone, isMap, rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import { findLocation, isReachable, locationBucket } from './storage-locations';
import { VELERO_NAMESPACE } from './velero-server';

export const DOWNLOAD_URL_TTL_MS = 10 * 60_000;

/** The object key (below the location's root) of each target kind, as Velero's layout names it. */
export function downloadKey(kind: string, name: string): string | undefined {
  const backup = (file: string) => `backups/${name}/${file}`;
  const restore = (file: string) => `restores/${name}/${file}`;
  const keys: Record<string, string> = {
    BackupContents: backup(`${name}.tar.gz`),
    BackupLog: backup(`${name}-logs.gz`),
    BackupVolumeSnapshots: backup(`${name}-volumesnapshots.json.gz`),
    BackupItemOperations: backup(`${name}-itemoperations.json.gz`),
    BackupResourceList: backup(`${name}-resource-list.json.gz`),
    BackupResults: backup(`${name}-results.gz`),
    BackupVolumeInfos: backup(`${name}-volumeinfo.json.gz`),
    CSIBackupVolumeSnapshots: backup(`${name}-csi-volumesnapshots.json.gz`),
    CSIBackupVolumeSnapshotContents: backup(`${name}-csi-volumesnapshotcontents.json.gz`),
    RestoreLog: restore(`restore-${name}-logs.gz`),
    RestoreResults: restore(`restore-${name}-results.gz`),
    RestoreResourceList: restore(`restore-${name}-resource-list.json.gz`),
    RestoreItemOperations: restore(`restore-${name}-itemoperations.json.gz`),
    RestoreVolumeInfo: restore(`${name}-volumeinfo.json.gz`),
  };
  return keys[kind];
}

export function downloadRequestController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  /** The backup whose location holds the target's file, as Velero looks it up. */
  function backupOf(kind: string, name: string): StoredObject | undefined {
    let backupName = name;
    if (kind.startsWith('Restore')) {
      const restore = context.objects.get(k.restore, VELERO_NAMESPACE, name);
      if (!restore || !isMap(restore.spec)) return undefined;
      backupName = asString(restore.spec.backupName) ?? '';
    }
    return context.objects.get(k.backup, VELERO_NAMESPACE, backupName);
  }

  return {
    name: 'velero-download-request',
    primary: k.downloadRequest,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const request = context.objects.get(k.downloadRequest, ref.namespace, ref.name);
      if (!request || request.metadata.deletionTimestamp) return undefined;
      const status = isMap(request.status) ? request.status : {};
      const now = context.clock.now();
      const expiration = timeOf(status.expiration);
      if (expiration !== undefined && expiration < now) {
        context.objects.delete(k.downloadRequest, ref.namespace, ref.name);
        return undefined;
      }
      if (status.phase === 'Processed') return requeueAt(context, (expiration ?? now) + 1000);
      const target = isMap(request.spec) && isMap(request.spec.target) ? request.spec.target : {};
      const kind = asString(target.kind) ?? '';
      const name = asString(target.name) ?? '';
      const next = clone(request);
      const until = now + DOWNLOAD_URL_TTL_MS;
      const backup = backupOf(kind, name);
      const location =
        backup && isMap(backup.spec)
          ? findLocation(context, asString(backup.spec.storageLocation) ?? '')
          : undefined;
      const bucket = location && isReachable(location) ? locationBucket(location) : undefined;
      const key = downloadKey(kind, name);
      const url =
        bucket && key
          ? context.objectStore.urls.sign(bucket.bucket, bucket.root + key, until)
          : undefined;
      if (bucket && key && !url) return 1000; // the server is not listening yet
      // Velero sets the expiration first, whether or not a URL follows.
      next.status = url
        ? { phase: 'Processed', downloadURL: url, expiration: rfc3339(until) }
        : { ...status, expiration: status.expiration ?? rfc3339(until) };
      writeObject(context, k.downloadRequest, next);
      return requeueAt(
        context,
        (timeOf((next.status as Record<string, unknown>).expiration) ?? until) + 1000,
      );
    },
  };
}
