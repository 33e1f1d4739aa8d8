/**
 * Velero 1.16's backup deletion controller (`pkg/controller/backup_deletion_controller.go`;
 * research/oadp-velero.md §0a, §2.5): a DeleteBackupRequest is checked (backup name, backup
 * still running, location missing, read-only or not Available — each a `Processed` request
 * with Velero's error and the backup kept), then goes `InProgress` while the Backup shows
 * `Deleting`, and its CSI snapshots, DataUploads and moved data, bucket files and restores go
 * before the Backup object. A clean run removes every request of that backup; requests that
 * stay (`Processed` with errors, or stuck) are removed 24 h after their creation.
 */
import type { StoredObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { deleteIfExists, writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { TIMING } from '../simulation';
import { requeueAt } from './cluster-time';
import { deleteBackupData } from './backup-data';
import { findLocation, isReadOnly, locationPhase } from './storage-locations';
import { BACKUP_NAME_LABEL, BACKUP_UID_LABEL, validLabelValue } from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

const MAX_AGE_MS = 24 * 3_600_000;

type Json = Record<string, unknown>;
const phaseOf = (o: StoredObject | undefined) =>
  asString(isMap(o?.status) ? o.status.phase : undefined) ?? '';

export function deleteBackupRequestController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  function finish(request: StoredObject, errors: string[]): void {
    const next = clone(request);
    next.status = { phase: 'Processed', ...(errors.length > 0 ? { errors } : {}) };
    writeObject(context, k.deleteBackupRequest, next);
  }

  /** The checks before anything is touched; an error string ends the request. */
  function refusal(backup: StoredObject | undefined): string | undefined {
    if (!backup) return 'backup not found';
    // Velero's backup tracker: the backup controller is still working on it.
    if (phaseOf(backup) === 'InProgress') return 'backup is still in progress';
    const locationName = asString((backup.spec as Json | undefined)?.storageLocation) ?? '';
    const location = findLocation(context, locationName);
    if (!location) return `backup storage location ${locationName} not found`;
    if (isReadOnly(location))
      return `cannot delete backup because backup storage location ${location.metadata.name} is currently in read-only mode`;
    if (locationPhase(location) !== 'Available')
      return `cannot delete backup because backup storage location ${location.metadata.name} is currently in Unavailable state`;
    return undefined;
  }

  /** `deleteExistingDeletionRequests`: older requests for the same backup name go. */
  function deleteOtherRequests(request: StoredObject, backupName: string): void {
    for (const other of context.objects.list(k.deleteBackupRequest, VELERO_NAMESPACE)) {
      if (
        other.metadata.name !== request.metadata.name &&
        other.metadata.labels?.[BACKUP_NAME_LABEL] === validLabelValue(backupName)
      )
        context.objects.delete(k.deleteBackupRequest, VELERO_NAMESPACE, other.metadata.name);
    }
  }

  function start(request: StoredObject, backup: StoredObject, backupName: string): void {
    const next = clone(request);
    next.metadata.labels = {
      ...(next.metadata.labels ?? {}),
      [BACKUP_NAME_LABEL]: next.metadata.labels?.[BACKUP_NAME_LABEL] || validLabelValue(backupName),
      [BACKUP_UID_LABEL]: next.metadata.labels?.[BACKUP_UID_LABEL] || backup.metadata.uid,
    };
    next.status = { phase: 'InProgress' };
    writeObject(context, k.deleteBackupRequest, next);
    const deleting = clone(backup);
    deleting.status = { ...(deleting.status ?? {}), phase: 'Deleting' };
    writeObject(context, k.backup, deleting);
  }

  function run(request: StoredObject, backup: StoredObject): void {
    const errors = deleteBackupData(context, backup);
    if (errors.length === 0)
      deleteIfExists(context, k.backup, VELERO_NAMESPACE, backup.metadata.name);
    finish(request, errors);
    if (errors.length > 0) return;
    // A clean deletion removes every request of this backup (this one included).
    for (const dbr of context.objects.list(k.deleteBackupRequest, VELERO_NAMESPACE)) {
      const labels = dbr.metadata.labels ?? {};
      if (
        labels[BACKUP_NAME_LABEL] === validLabelValue(backup.metadata.name) &&
        labels[BACKUP_UID_LABEL] === backup.metadata.uid
      )
        context.objects.delete(k.deleteBackupRequest, VELERO_NAMESPACE, dbr.metadata.name);
    }
  }

  return {
    name: 'velero-backup-deletion',
    primary: k.deleteBackupRequest,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const request = context.objects.get(k.deleteBackupRequest, ref.namespace, ref.name);
      if (!request || request.metadata.deletionTimestamp) return undefined;
      const phase = phaseOf(request);
      const backupName = asString((request.spec as Json | undefined)?.backupName) ?? '';
      const backup = backupName
        ? context.objects.get(k.backup, VELERO_NAMESPACE, backupName)
        : undefined;
      if (phase === 'Processed' || phase === 'InProgress') {
        const removeAt = context.clock.creationOf(request) + MAX_AGE_MS;
        if (context.clock.now() >= removeAt) {
          context.objects.delete(k.deleteBackupRequest, VELERO_NAMESPACE, ref.name);
          return undefined;
        }
        // Our deletion runs in two steps, so the Deleting phase can be watched.
        if (phase === 'InProgress' && backup && phaseOf(backup) === 'Deleting')
          run(request, backup);
        return requeueAt(context, removeAt);
      }
      if (!backupName) {
        finish(request, ['spec.backupName is required']);
        return undefined;
      }
      deleteOtherRequests(request, backupName);
      const problem = refusal(backup);
      if (problem || !backup) {
        finish(request, [problem ?? 'backup not found']);
        return requeueAt(context, context.clock.creationOf(request) + MAX_AGE_MS);
      }
      start(request, backup, backupName);
      return TIMING.restoreStep;
    },
  };
}
