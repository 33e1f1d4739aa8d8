/**
 * `<r>-volumeinfo.json.gz` (research/velero-formats.md §11; Velero
 * `internal/volume/volumes_information.go` RestoreVolumeInfo): one entry per restored PVC that
 * the backup snapshotted, CSI snapshot details or the data mover's snapshot.
 */
import type { StoredObject } from '../../api/types';
import { asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { gunzipSync } from 'node:zlib';
import { findLocation, locationBucket } from './storage-locations';
import type { RestoreRun } from './restore-run';

export function restoreVolumeInfo(
  context: ClusterContext,
  backup: StoredObject,
  run: RestoreRun,
): unknown[] {
  const bsl = findLocation(
    context,
    asString(isMap(backup.spec) ? backup.spec.storageLocation : undefined) ?? '',
  );
  const where = bsl ? locationBucket(bsl) : undefined;
  const name = backup.metadata.name;
  const file = where
    ? context.objectStore.get(
        where.bucket,
        `${where.root}backups/${name}/${name}-volumeinfo.json.gz`,
      )
    : undefined;
  const infos = file ? (JSON.parse(gunzipSync(file).toString('utf8')) as unknown[]) : [];
  const result: unknown[] = [];
  for (const item of run.restored.values()) {
    if (item.resource !== 'v1/PersistentVolumeClaim' || item.action !== 'created') continue;
    const info = infos
      .filter(isMap)
      .find((i) => i.pvcName === item.name && i.backupMethod === 'CSISnapshot');
    if (!info) continue;
    const csi = isMap(info.csiSnapshotInfo) ? info.csiSnapshotInfo : {};
    const moved = isMap(info.snapshotDataMovementInfo) ? info.snapshotDataMovementInfo : undefined;
    const operation = run.operations.find(
      (o) => o.name === item.name && o.namespace === item.namespace,
    );
    result.push({
      pvcName: item.name,
      pvcNamespace: item.namespace,
      restoreMethod: 'CSISnapshot',
      snapshotDataMoved: moved !== undefined,
      ...(moved
        ? {
            snapshotDataMovementInfo: {
              dataMover: moved.dataMover ?? 'velero',
              uploaderType: 'kopia',
              snapshotHandle: moved.snapshotHandle,
              ...(operation ? { operationID: operation.operationId } : {}),
            },
          }
        : {
            csiSnapshotInfo: {
              snapshotHandle: csi.snapshotHandle,
              size: csi.size ?? 0,
              driver: csi.driver,
              vscName: csi.vscName,
            },
          }),
    });
  }
  return result;
}
