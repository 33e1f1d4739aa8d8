/**
 * Pre-provisioned ("static") CSI snapshots (research/oadp-velero.md §2.7; CSI external-snapshotter
 * `syncUnreadySnapshot` for `source.volumeSnapshotContentName`): a VolumeSnapshot naming an
 * existing content whose `source.snapshotHandle` is set binds to it and is ready at once, as
 * when Velero restores a CSI backup.
 */
import type { VolumeSnapshot } from '../api/kubevirt-types';
import type { JsonMap, StoredObject } from '../api/types';
import { isMap } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { now, writeStatus } from './helpers';
import { TIMING } from './simulation';

/** Returns the requeue delay (content not there yet), or undefined when bound. */
export function bindStaticSnapshot(
  context: ClusterContext,
  snapshot: VolumeSnapshot,
  contentName: string,
): number | undefined {
  const k = kinds(context.registry);
  const content = context.objects.get(k.volumeSnapshotContent, undefined, contentName) as
    (StoredObject & { spec: JsonMap }) | undefined;
  const source = isMap(content?.spec.source) ? content.spec.source : {};
  if (!content || typeof source.snapshotHandle !== 'string') {
    writeStatus(context, k.volumeSnapshot, snapshot, {
      ...snapshot.status,
      readyToUse: false,
      error: { message: `VolumeSnapshotContent ${contentName} not found`, time: now(context) },
    });
    return TIMING.retry;
  }
  const size = isMap(content.status) ? content.status.restoreSize : undefined;
  const creationTime = snapshot.status?.creationTime ?? now(context);
  writeStatus(context, k.volumeSnapshotContent, content, {
    snapshotHandle: source.snapshotHandle,
    creationTime: Date.parse(creationTime) * 1e6,
    readyToUse: true,
    ...(size !== undefined ? { restoreSize: size } : {}),
  });
  writeStatus(context, k.volumeSnapshot, snapshot, {
    boundVolumeSnapshotContentName: contentName,
    creationTime,
    readyToUse: true,
  });
  return undefined;
}
