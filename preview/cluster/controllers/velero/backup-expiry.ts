/**
 * Velero 1.16's garbage collection (`pkg/controller/gc_controller.go`; research/oadp-velero.md
 * §2.5): a Backup past `status.expiration` is deleted through a DeleteBackupRequest, never
 * directly; a location that is missing or read-only is recorded in the `velero.io/gc-failure`
 * label, an unavailable one is tried again later, and a pending request is not doubled.
 * Velero looks every hour; here a backup is looked at when its expiration comes.
 */
import type { StoredObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import { findLocation, isReadOnly, locationPhase } from './storage-locations';
import {
  BACKUP_NAME_LABEL,
  BACKUP_UID_LABEL,
  GC_FAILURE_LABEL,
  validLabelValue,
} from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

const RETRY_MS = 60_000;

/** `NewDeleteBackupRequest` (`pkg/backup/delete_helpers.go`), as the CLI and the GC make it. */
export function deleteBackupRequestFor(backup: StoredObject) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'DeleteBackupRequest',
    metadata: {
      generateName: `${backup.metadata.name}-`,
      namespace: VELERO_NAMESPACE,
      labels: {
        [BACKUP_NAME_LABEL]: validLabelValue(backup.metadata.name),
        [BACKUP_UID_LABEL]: backup.metadata.uid,
      },
    },
    spec: { backupName: backup.metadata.name },
  };
}

export function backupExpiryController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  function setGcFailure(backup: StoredObject, reason: string | undefined): void {
    if (backup.metadata.labels?.[GC_FAILURE_LABEL] === reason) return;
    const next = clone(backup);
    const others = Object.entries(next.metadata.labels ?? {}).filter(
      ([key]) => key !== GC_FAILURE_LABEL,
    );
    next.metadata.labels = Object.fromEntries(
      reason === undefined ? others : [...others, [GC_FAILURE_LABEL, reason]],
    );
    writeObject(context, k.backup, next);
  }

  return {
    name: 'velero-gc',
    primary: k.backup,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const backup = context.objects.get(k.backup, ref.namespace, ref.name);
      if (!backup) return undefined;
      const status = isMap(backup.status) ? backup.status : {};
      const expiration = timeOf(status.expiration);
      if (expiration === undefined) return undefined;
      if (expiration > context.clock.now()) return requeueAt(context, expiration);
      const spec = isMap(backup.spec) ? backup.spec : {};
      const location = findLocation(context, asString(spec.storageLocation) ?? '');
      if (!location) {
        setGcFailure(backup, 'BSLNotFound');
        return RETRY_MS * context.clock.scale;
      }
      if (locationPhase(location) !== 'Available') return RETRY_MS * context.clock.scale;
      if (isReadOnly(location)) {
        setGcFailure(backup, 'BSLReadOnly');
        return undefined;
      }
      setGcFailure(backup, undefined);
      const pending = context.objects
        .list(k.deleteBackupRequest, VELERO_NAMESPACE)
        .some(
          (dbr) =>
            dbr.metadata.labels?.[BACKUP_NAME_LABEL] === validLabelValue(backup.metadata.name) &&
            dbr.metadata.labels?.[BACKUP_UID_LABEL] === backup.metadata.uid &&
            ['', 'New', 'InProgress'].includes(
              asString(isMap(dbr.status) ? dbr.status.phase : '') ?? '',
            ),
        );
      if (!pending) context.objects.create(k.deleteBackupRequest, deleteBackupRequestFor(backup));
      return undefined;
    },
  };
}
