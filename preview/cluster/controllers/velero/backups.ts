/**
 * Velero 1.16.2's backup controller (research/oadp-velero.md §0a, §2.1; velero-formats.md §8):
 * only Backups in phase "" or New are picked up, one InProgress at a time (the others wait in
 * New; WaitingForPluginOperations does not hold the next back). Validation fails to
 * FailedValidation; otherwise the items are backed up over simulated time, then hooks,
 * volume snapshots and the first persist to the bucket (Failed if the bucket is lost then),
 * and the backup moves on to WaitingForPluginOperations or Finalizing (backup-operations.ts).
 */
import { rfc3339 } from '../../api/types';
import type { StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { runPodHooks } from './backup-hooks';
import { itemsAsBackedUp } from './backup-item-actions';
import { collectItems } from './backup-items';
import { BackupLog } from './backup-log';
import { finishOperations, finalizeBackup } from './backup-operations';
import type { Backup } from './backup-spec';
import { BACKUP_TIMING, HOLD_ANNOTATION, ProgressClock } from './backup-timing';
import { prepareBackup } from './backup-validation';
import { backupFiles, FORMAT_VERSION, putInitialFiles } from './backup-files';
import { backupVolumes } from './backup-volumes';
import { METADATA_BACKUP } from './kubevirt-plugin';
import { findLocation, isReachable, locationBucket } from './storage-locations';
import { veleroServer, VELERO_NAMESPACE } from './velero-server';

const PICKUP = new Set(['', 'New']);

/** The message the AWS plugin gives when the bucket cannot be reached during the persist. */
export function unreachableError(bsl: StoredObject, key: string): string {
  const bucket = locationBucket(bsl)?.bucket ?? '';
  return `rpc error: code = Unknown desc = error putting object ${key}: RequestError: send request failed\ncaused by: Put "https://${bucket}.s3.local-cluster.svc/${key}": dial tcp 172.30.0.10:443: connect: connection refused`;
}

export function backupController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const progress = new ProgressClock(context);
  const waiting = new Set<string>();
  // Velero marks the backups it finds InProgress when the server starts Failed (server.go
  // markInProgressBackupsFailed): the ones in the store before this controller existed.
  const leftOver = new Set(
    context.objects
      .list(k.backup, VELERO_NAMESPACE)
      .filter((b) => (b.status as { phase?: string } | undefined)?.phase === 'InProgress')
      .map((b) => b.metadata.uid),
  );

  const write = (backup: Backup): Backup => writeObject(context, k.backup, backup);

  function pickUp(original: Backup): number | undefined {
    const { backup, validationErrors, expiration } = prepareBackup(context, original);
    const status = { version: 1, formatVersion: FORMAT_VERSION, expiration: rfc3339(expiration) };
    if (validationErrors.length > 0) {
      write({ ...backup, status: { ...status, phase: 'FailedValidation', validationErrors } });
      return undefined;
    }
    const busy = context.objects
      .list(k.backup, VELERO_NAMESPACE)
      .some((b) => (b.status as { phase?: string } | undefined)?.phase === 'InProgress');
    if (busy) {
      // Velero 1.16 has no Queued phase: a waiting backup shows New.
      waiting.add(original.metadata.name);
      if (original.status?.phase !== 'New') write({ ...original, status: { phase: 'New' } });
      return undefined;
    }
    waiting.delete(original.metadata.name);
    const log = new BackupLog(`${VELERO_NAMESPACE}/${backup.metadata.name}`, () =>
      context.clock.now(),
    );
    const items = collect(backup, log);
    write({
      ...backup,
      status: {
        ...status,
        phase: 'InProgress',
        startTimestamp: rfc3339(context.clock.now()),
        progress: { totalItems: items.length, itemsBackedUp: 0 },
        hookStatus: {},
      },
    });
    progress.elapsed(backup.metadata.uid);
    return BACKUP_TIMING.progressStep;
  }

  function collect(backup: Backup, log: BackupLog) {
    const server = veleroServer(context);
    return collectItems(context, backup.spec, log, {
      kubevirt: server.kubevirtPlugin,
      metadataBackup: backup.metadata.annotations?.[METADATA_BACKUP] !== undefined,
    });
  }

  function run(backup: Backup): number | undefined {
    const status = backup.status ?? {};
    const counts = (status.progress ?? {}) as { totalItems?: number; itemsBackedUp?: number };
    const total = counts.totalItems ?? 0;
    const done = Math.min(
      total,
      (counts.itemsBackedUp ?? 0) + progress.units(backup.metadata.uid, BACKUP_TIMING.perItem),
    );
    if (done < total) {
      if (done !== counts.itemsBackedUp)
        write({
          ...backup,
          status: { ...status, progress: { totalItems: total, itemsBackedUp: done } },
        });
      // Look again when the rest is done, or at the next progress update if sooner.
      return Math.min(BACKUP_TIMING.progressStep, (total - done) * BACKUP_TIMING.perItem);
    }
    progress.forget(backup.metadata.uid);
    const server = veleroServer(context);
    const log = new BackupLog(`${VELERO_NAMESPACE}/${backup.metadata.name}`, () =>
      context.clock.now(),
    );
    log.add('info', 'Setting up backup temp file', {
      logSource: 'pkg/controller/backup_controller.go:686',
    });
    log.add(
      'info',
      `Including namespaces: ${(backup.spec.includedNamespaces ?? ['*']).join(', ') || '*'}`,
    );
    const items = collect(backup, log);
    const bsl = findLocation(context, backup.spec.storageLocation ?? '');
    const files = bsl && backupFiles(bsl, backup.metadata.name);
    const metadataKey = `${files?.dir ?? ''}velero-backup.json`;
    if (!bsl || !files || !isReachable(bsl)) {
      const failureReason = bsl
        ? unreachableError(bsl, metadataKey)
        : `backupstoragelocations.velero.io "${backup.spec.storageLocation ?? ''}" not found`;
      write({
        ...backup,
        status: {
          ...status,
          phase: 'Failed',
          failureReason,
          completionTimestamp: rfc3339(context.clock.now()),
          progress: { totalItems: items.length, itemsBackedUp: items.length },
        },
      });
      return undefined;
    }
    const hookStatus = runPodHooks(context, items, log);
    const plan = backupVolumes(context, backup, items, log, server.csiEnabled);
    const moveData = backup.spec.snapshotMoveData === true;
    log.add('info', `Backed up a total of ${items.length} items`, { progress: '' });
    const errors = log.count('error');
    const warnings = log.count('warning');
    const partially = errors > 0 ? 'PartiallyFailed' : '';
    const phase =
      plan.operations.length > 0
        ? `WaitingForPluginOperations${partially}`
        : `Finalizing${partially}`;
    const csiCount = moveData ? 0 : plan.operations.length;
    const next: Backup = {
      ...backup,
      status: {
        ...status,
        phase,
        progress: { totalItems: items.length, itemsBackedUp: items.length },
        ...(errors ? { errors } : {}),
        ...(warnings ? { warnings } : {}),
        ...(csiCount ? { csiVolumeSnapshotsAttempted: csiCount } : {}),
        ...(plan.operations.length
          ? { backupItemOperationsAttempted: plan.operations.length }
          : {}),
        hookStatus,
      },
    };
    const vsNames = plan.operations
      .filter(() => !moveData)
      .map(
        (op) =>
          (op.spec as { resourceIdentifier: { Namespace: string; Name: string } })
            .resourceIdentifier,
      );
    const snapshots = vsNames
      .map((r) => context.objects.get(k.volumeSnapshot, r.Namespace, r.Name))
      .filter(Boolean);
    putInitialFiles(context, files, {
      backup: next,
      log: log.text(),
      items: itemsAsBackedUp(context, backup, items, plan.operations, server.kubevirtPlugin),
      results: log.results(),
      volumeInfos: plan.infos,
      operations: plan.operations,
      csi:
        moveData || snapshots.length === 0
          ? { snapshots: null, contents: null, classes: null }
          : { snapshots, contents: null, classes: null },
    });
    write(next);
    return BACKUP_TIMING.progressStep;
  }

  return {
    name: 'velero-backup',
    primary: k.backup,
    resyncOnClockAdvance: true,
    watches: [
      {
        type: k.backup,
        map: () => [...waiting].map((name) => ({ namespace: VELERO_NAMESPACE, name })),
      },
      { type: k.volumeSnapshot, map: (e) => backupOf(e.object.metadata.labels) },
      { type: k.dataUpload, map: (e) => backupOf(e.object.metadata.labels) },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const backup = context.objects.get(k.backup, ref.namespace, ref.name) as Backup | undefined;
      if (!backup) {
        waiting.delete(ref.name);
        return undefined;
      }
      if (backup.metadata.deletionTimestamp) return undefined;
      if (backup.metadata.annotations?.[HOLD_ANNOTATION] === 'true') return undefined;
      const phase = backup.status?.phase ?? '';
      if (PICKUP.has(phase)) return pickUp(backup);
      if (phase === 'InProgress' && leftOver.delete(backup.metadata.uid)) {
        write({
          ...backup,
          status: {
            ...backup.status,
            phase: 'Failed',
            failureReason: `found a backup with status "InProgress" during the server starting, mark it as "Failed"`,
            completionTimestamp: rfc3339(context.clock.now()),
          },
        });
        return undefined;
      }
      if (phase === 'InProgress') return run(backup);
      if (phase.startsWith('WaitingForPluginOperations')) return finishOperations(context, backup);
      if (phase.startsWith('Finalizing')) return finalizeBackup(context, backup);
      return undefined;
    },
  };
}

function backupOf(labels: Record<string, string> | undefined): ObjectRef[] {
  const name = labels?.['velero.io/backup-name'];
  return name ? [{ namespace: VELERO_NAMESPACE, name }] : [];
}
