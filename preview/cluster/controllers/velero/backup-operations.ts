/**
 * Velero 1.16.2's backup operations and finalizer controllers (research/velero-formats.md §5,
 * §6, §8; `backup_operations_controller.go`, `backup_finalizer_controller.go`): the item
 * operations in the bucket are checked — a CSI VolumeSnapshot is done when ready, a data-mover
 * operation when its DataUpload ends — failures count as errors (not written to the results
 * file), then Finalizing re-uploads velero-backup.json, the volume infos and the tarball (with
 * the DataUploads) and the backup ends Completed or PartiallyFailed.
 */
import { rfc3339 } from '../../api/types';
import type { StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { parseGoDuration } from '../../storage/clock';
import { writeObject } from '../helpers';
import {
  addToArchive,
  addToResourceList,
  backupFiles,
  putJsonGz,
  putMetadata,
  readJsonGz,
} from './backup-files';
import type { BackupFiles } from './backup-files';
import { snapshotItems } from './backup-item-actions';
import type { Backup } from './backup-spec';
import { BACKUP_TIMING } from './backup-timing';
import type { VolumeInfo } from './backup-volumes';
import { findLocation } from './storage-locations';
import { VELERO_NAMESPACE } from './velero-server';

interface Operation {
  spec: {
    backupItemAction: string;
    operationID: string;
    resourceIdentifier: { Namespace: string; Name: string };
    postOperationItems: { Namespace: string; Name: string }[] | null;
  };
  status: Record<string, unknown> & { phase: string; created: string; updated?: string };
}

function filesOf(context: ClusterContext, backup: Backup): BackupFiles | undefined {
  const bsl = findLocation(context, backup.spec.storageLocation ?? '');
  return bsl && backupFiles(bsl, backup.metadata.name);
}

function dataUploadOf(context: ClusterContext, op: Operation): StoredObject | undefined {
  const ref = op.spec.postOperationItems?.[0];
  return ref && context.objects.get(kinds(context.registry).dataUpload, VELERO_NAMESPACE, ref.Name);
}

function refresh(context: ClusterContext, op: Operation, timeoutMs: number): Operation {
  if (op.status.phase === 'Completed' || op.status.phase === 'Failed') return op;
  const k = kinds(context.registry);
  const time = rfc3339(context.clock.now());
  const status = { ...op.status, updated: time };
  if (op.spec.backupItemAction === 'velero.io/csi-volumesnapshot-backupper') {
    const vs = context.objects.get(
      k.volumeSnapshot,
      op.spec.resourceIdentifier.Namespace,
      op.spec.resourceIdentifier.Name,
    );
    if ((vs?.status as { readyToUse?: boolean } | undefined)?.readyToUse === true)
      status.phase = 'Completed';
  } else {
    const du = dataUploadOf(context, op);
    const duStatus = (du?.status ?? {}) as {
      phase?: string;
      message?: string;
      progress?: { totalBytes?: number; bytesDone?: number };
    };
    if (duStatus.phase && duStatus.phase !== 'New') {
      Object.assign(status, {
        description: duStatus.phase,
        operationUnits: 'Bytes',
        nCompleted: duStatus.progress?.bytesDone ?? 0,
        nTotal: duStatus.progress?.totalBytes ?? 0,
      });
    }
    if (duStatus.phase === 'Completed') status.phase = 'Completed';
    if (duStatus.phase === 'Failed')
      Object.assign(status, { phase: 'Failed', error: duStatus.message ?? '' });
    if (duStatus.phase === 'Canceled')
      Object.assign(status, { phase: 'Failed', error: 'DataUpload is canceled' });
  }
  if (
    status.phase === 'InProgress' &&
    context.clock.now() - Date.parse(op.status.created) > timeoutMs
  )
    Object.assign(status, { phase: 'Failed', error: 'Asynchronous action timed out' });
  return { ...op, status };
}

export function finishOperations(context: ClusterContext, backup: Backup): number | undefined {
  const files = filesOf(context, backup);
  if (!files) return BACKUP_TIMING.retry;
  const before =
    (readJsonGz(context, files, '-itemoperations.json.gz') as Operation[] | undefined) ?? [];
  const timeout = parseGoDuration(backup.spec.itemOperationTimeout ?? '4h') ?? 4 * 3_600_000;
  const ops = before.map((op) => refresh(context, op, timeout));
  if (JSON.stringify(ops) !== JSON.stringify(before))
    putJsonGz(context, files, '-itemoperations.json.gz', ops);
  const completed = ops.filter((op) => op.status.phase === 'Completed').length;
  const failed = ops.filter((op) => op.status.phase === 'Failed').length;
  const status = { ...backup.status };
  const newlyFailed = failed - Number(status.backupItemOperationsFailed ?? 0);
  if (completed) status.backupItemOperationsCompleted = completed;
  if (failed) status.backupItemOperationsFailed = failed;
  if (newlyFailed > 0) status.errors = Number(status.errors ?? 0) + newlyFailed;
  const partially = Number(status.errors ?? 0) > 0 ? 'PartiallyFailed' : '';
  const allDone = completed + failed === ops.length;
  status.phase = `${allDone ? 'Finalizing' : 'WaitingForPluginOperations'}${partially}`;
  writeObject(context, kinds(context.registry).backup, { ...backup, status });
  // DataUploads and VolumeSnapshots wake the backup through its watches; this is the timeout check.
  return allDone ? 1 : BACKUP_TIMING.uploadProgressStep;
}

export function finalizeBackup(context: ClusterContext, backup: Backup): number | undefined {
  const k = kinds(context.registry);
  const files = filesOf(context, backup);
  if (!files) return BACKUP_TIMING.retry;
  const ops =
    (readJsonGz(context, files, '-itemoperations.json.gz') as Operation[] | undefined) ?? [];
  const infos =
    (readJsonGz(context, files, '-volumeinfo.json.gz') as VolumeInfo[] | undefined) ?? [];
  // Read before anything at finalize may clean the live VolumeSnapshots up.
  const snapshots = snapshotItems(context, backup, ops);
  const uploads: StoredObject[] = [];
  const csiDone = ops.filter(
    (op) =>
      op.spec.backupItemAction === 'velero.io/csi-volumesnapshot-backupper' &&
      op.status.phase === 'Completed',
  ).length;
  for (const info of infos) {
    const op = ops.find(
      (o) =>
        o.spec.resourceIdentifier.Name === info.pvcName ||
        (info.csiSnapshotInfo as { operationID?: string } | undefined)?.operationID ===
          o.spec.operationID,
    );
    if (!op) continue;
    info.result = op.status.phase === 'Completed' ? 'succeeded' : 'failed';
    const du = info.snapshotDataMoved ? dataUploadOf(context, op) : undefined;
    if (du) {
      uploads.push(du);
      const s = (du.status ?? {}) as {
        snapshotID?: string;
        completionTimestamp?: string;
        phase?: string;
        progress?: { totalBytes?: number };
      };
      const movement = info.snapshotDataMovementInfo as Record<string, unknown>;
      Object.assign(movement, {
        snapshotHandle: s.snapshotID ?? '',
        retainedSnapshot: (du.spec as { csiSnapshot?: { volumeSnapshot?: string } }).csiSnapshot
          ?.volumeSnapshot,
        size: s.progress?.totalBytes ?? 0,
        Phase: s.phase,
      });
      if (s.completionTimestamp) info.completionTimestamp = s.completionTimestamp;
    } else if (info.csiSnapshotInfo) {
      const ref = op.spec.resourceIdentifier;
      const vs = context.objects.get(k.volumeSnapshot, ref.Namespace, ref.Name);
      const vsStatus = (vs?.status ?? {}) as {
        boundVolumeSnapshotContentName?: string;
        readyToUse?: boolean;
      };
      const content = vsStatus.boundVolumeSnapshotContentName
        ? context.objects.get(
            k.volumeSnapshotContent,
            undefined,
            vsStatus.boundVolumeSnapshotContentName,
          )
        : undefined;
      Object.assign(info.csiSnapshotInfo as Record<string, unknown>, {
        snapshotHandle:
          (content?.status as { snapshotHandle?: string } | undefined)?.snapshotHandle ?? '',
        vscName: vsStatus.boundVolumeSnapshotContentName ?? '',
        ReadyToUse: vsStatus.readyToUse ?? false,
      });
      info.completionTimestamp = op.status.updated ?? op.status.created;
    }
  }
  if (csiDone) cleanUpSnapshots(context, files, ops);
  const status = { ...backup.status };
  if (csiDone) status.csiVolumeSnapshotsCompleted = csiDone;
  status.phase = Number(status.errors ?? 0) > 0 ? 'PartiallyFailed' : 'Completed';
  status.completionTimestamp = rfc3339(context.clock.now());
  const done: Backup = { ...backup, status };
  if (ops.length > 0) {
    putJsonGz(context, files, '-volumeinfo.json.gz', infos);
    addToResourceList(context, files, snapshots);
    addToArchive(context, files, [
      ...snapshots,
      ...uploads.map((object) => ({ type: k.dataUpload, object, via: object.metadata.name })),
    ]);
  }
  putMetadata(context, files, done);
  writeObject(context, k.backup, done);
  return undefined;
}

/**
 * `DeleteReadyVolumeSnapshot` at finalize (pkg/util/csi/volume_snapshot.go): the CSI lists go to
 * the bucket, then each content is set to Retain and deleted with its VolumeSnapshot, so the
 * storage snapshot outlives both objects (a restore re-creates them from the lists).
 */
function cleanUpSnapshots(context: ClusterContext, files: BackupFiles, ops: Operation[]): void {
  const k = kinds(context.registry);
  const snapshots: StoredObject[] = [];
  const contents: StoredObject[] = [];
  const classes = new Map<string, StoredObject>();
  for (const op of ops) {
    if (op.spec.backupItemAction !== 'velero.io/csi-volumesnapshot-backupper') continue;
    const ref = op.spec.resourceIdentifier;
    const vs = context.objects.get(k.volumeSnapshot, ref.Namespace, ref.Name);
    const contentName = (vs?.status as { boundVolumeSnapshotContentName?: string } | undefined)
      ?.boundVolumeSnapshotContentName;
    const content =
      contentName && context.objects.get(k.volumeSnapshotContent, undefined, contentName);
    if (!vs || !content) continue;
    snapshots.push(vs);
    const retained = writeObject(context, k.volumeSnapshotContent, {
      ...content,
      spec: { ...(content.spec as Record<string, unknown>), deletionPolicy: 'Retain' },
    });
    contents.push(retained);
    const className =
      (vs.spec as { volumeSnapshotClassName?: string }).volumeSnapshotClassName ?? '';
    const vsClass = context.objects.get(k.volumeSnapshotClass, undefined, className);
    if (vsClass) classes.set(className, vsClass);
    context.objects.delete(k.volumeSnapshotContent, undefined, retained.metadata.name);
    context.objects.delete(k.volumeSnapshot, ref.Namespace, ref.Name);
  }
  putJsonGz(context, files, '-csi-volumesnapshots.json.gz', snapshots.length ? snapshots : null);
  putJsonGz(
    context,
    files,
    '-csi-volumesnapshotcontents.json.gz',
    contents.length ? contents : null,
  );
  putJsonGz(
    context,
    files,
    '-csi-volumesnapshotclasses.json.gz',
    classes.size ? [...classes.values()] : null,
  );
}
