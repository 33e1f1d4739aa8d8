/**
 * Velero 1.16's object-storage sync (`pkg/controller/backup_sync_controller.go`; research/
 * oadp-velero.md §2.5, velero-formats.md §7): for each `Available` location, every
 * `backupSyncPeriod` (server default 1m, `0` = never) on the cluster clock, a backup folder
 * whose `velero-backup.json` has no Backup object is re-created from that file (in the Velero
 * namespace, on this location, with the `velero.io/storage-location` label, an unfinished
 * phase as PartiallyFailed once expired, schedule owners that no longer exist dropped), and a
 * Completed or PartiallyFailed Backup of this location whose folder is gone is deleted.
 */
import type { KubeObject, StoredObject } from '../../api/types';
import { clone, isMap, rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import { isReachable, locationBucket, locationPhase } from './storage-locations';
import { periodOf } from './storage-validation';
import { BACKUP_NAME_LABEL, STORAGE_LOCATION_LABEL, validLabelValue } from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

const DEFAULT_SYNC_PERIOD_MS = 60_000;
const UNFINISHED = new Set([
  'WaitingForPluginOperations',
  'WaitingForPluginOperationsPartiallyFailed',
  'Finalizing',
  'FinalizingPartiallyFailed',
]);

export function backupSyncController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  /** The Backup a `velero-backup.json` describes, as the sync creates it (or undefined: skip). */
  function fromMetadata(bsl: StoredObject, text: string): KubeObject | undefined {
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isMap(stored) || !isMap(stored.metadata)) return undefined;
    const backup = clone(stored) as KubeObject;
    const status = isMap(backup.status) ? backup.status : {};
    if (UNFINISHED.has(String(status.phase))) {
      const expiration = timeOf(status.expiration);
      if (expiration === undefined || expiration > context.clock.now()) return undefined;
      status.phase = 'PartiallyFailed';
    }
    const { name, labels, annotations, ownerReferences, finalizers } = backup.metadata;
    backup.metadata = {
      name,
      namespace: VELERO_NAMESPACE,
      labels: { ...(labels ?? {}), [STORAGE_LOCATION_LABEL]: validLabelValue(bsl.metadata.name) },
      ...(annotations ? { annotations } : {}),
      ...(finalizers ? { finalizers } : {}),
      ...(ownerReferences ? { ownerReferences: ownerReferences.filter(scheduleExists) } : {}),
    };
    backup.spec = {
      ...(isMap(backup.spec) ? backup.spec : {}),
      storageLocation: bsl.metadata.name,
    };
    backup.status = status;
    return backup;
  }

  /** `filterBackupOwnerReferences`: a Schedule owner must still exist with the same UID. */
  function scheduleExists(owner: { kind: string; name: string; uid: string }): boolean {
    if (owner.kind !== 'Schedule') return true;
    return (
      context.objects.get(k.schedule, VELERO_NAMESPACE, owner.name)?.metadata.uid === owner.uid
    );
  }

  function sync(bsl: StoredObject): void {
    const target = locationBucket(bsl);
    if (!target || !isReachable(bsl)) return;
    const prefix = `${target.root}backups/`;
    const inBucket = new Set(
      context.objectStore
        .list(target.bucket, prefix)
        .map((key) => key.slice(prefix.length).split('/'))
        .filter((parts) => parts.length > 1)
        .map((parts) => parts[0]),
    );
    const inCluster = new Set(
      context.objects.list(k.backup, VELERO_NAMESPACE).map((b) => b.metadata.name),
    );
    for (const name of inBucket) {
      if (inCluster.has(name)) continue;
      const file = context.objectStore.get(target.bucket, `${prefix}${name}/velero-backup.json`);
      const backup = file ? fromMetadata(bsl, file.toString('utf8')) : undefined;
      if (!backup) continue;
      try {
        context.objects.create(k.backup, backup);
        context.log(`backup sync: re-created backup ${name} from location ${bsl.metadata.name}`);
      } catch (error) {
        context.log(`backup sync: backup ${name}: ${(error as Error).message}`);
      }
    }
    deleteOrphans(bsl, inBucket);
  }

  /** `deleteOrphanedBackups`: finished backups of this location whose folder is gone. */
  function deleteOrphans(bsl: StoredObject, inBucket: Set<string>): void {
    const label = validLabelValue(bsl.metadata.name);
    for (const backup of context.objects.list(k.backup, VELERO_NAMESPACE)) {
      const phase = isMap(backup.status) ? backup.status.phase : undefined;
      if (backup.metadata.labels?.[STORAGE_LOCATION_LABEL] !== label) continue;
      if (
        (phase !== 'Completed' && phase !== 'PartiallyFailed') ||
        inBucket.has(backup.metadata.name)
      )
        continue;
      context.objects.delete(k.backup, VELERO_NAMESPACE, backup.metadata.name);
      const backupLabel = validLabelValue(backup.metadata.name);
      for (const type of [k.volumeSnapshot, k.volumeSnapshotContent]) {
        for (const object of context.objects.list(type)) {
          if (object.metadata.labels?.[BACKUP_NAME_LABEL] === backupLabel)
            context.objects.delete(type, object.metadata.namespace, object.metadata.name);
        }
      }
    }
  }

  return {
    name: 'velero-backup-sync',
    primary: k.backupStorageLocation,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const bsl = context.objects.get(k.backupStorageLocation, ref.namespace, ref.name);
      if (!bsl || bsl.metadata.deletionTimestamp || locationPhase(bsl) !== 'Available')
        return undefined;
      const spec = isMap(bsl.spec) ? bsl.spec : {};
      const period =
        spec.backupSyncPeriod === undefined
          ? DEFAULT_SYNC_PERIOD_MS
          : periodOf(spec.backupSyncPeriod, DEFAULT_SYNC_PERIOD_MS);
      if (period === 0) return undefined;
      const now = context.clock.now();
      const last = timeOf(isMap(bsl.status) ? bsl.status.lastSyncedTime : undefined);
      if (last !== undefined && now < last + period) return requeueAt(context, last + period);
      sync(bsl);
      const fresh = context.objects.get(k.backupStorageLocation, ref.namespace, ref.name);
      if (!fresh) return undefined;
      const next = clone(fresh);
      next.status = { ...(next.status ?? {}), lastSyncedTime: rfc3339(now) };
      writeObject(context, k.backupStorageLocation, next);
      return requeueAt(context, now + period);
    },
  };
}
