/**
 * The node agent's DataUpload controller (research/oadp-velero.md §2.7; velero-formats.md §9;
 * `pkg/controller/data_upload_controller.go`): New → Accepted (acceptedByNode) → Prepared
 * (node; once the VolumeSnapshot is ready) → InProgress (startTimestamp, nodeOS) with
 * `progress.bytesDone` growing to `totalBytes` (the claim's size) → Completed (path,
 * snapshotID); the uploaded data is recorded at `kopia/<namespace>/<snapshotID>` in the bucket
 * (a stand-in for Kopia's repository) and the snapshot is deleted. Without a node agent a
 * DataUpload stays Accepted. `spec.cancel` cancels it; the knobs slow an upload or fail it.
 */
import { createHash } from 'node:crypto';
import { parseQuantity } from '../../api/quantity';
import type { StoredObject } from '../../api/types';
import { rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { NODE_NAME } from '../../seed/infrastructure';
import { parseGoDuration } from '../../storage/clock';
import { deleteIfExists, writeStatus } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { StepTimer } from '../runtime';
import {
  BACKUP_TIMING,
  ProgressClock,
  UPLOAD_DURATION_ANNOTATION,
  UPLOAD_FAIL_ANNOTATION,
} from './backup-timing';
import { findLocation, isReachable, locationBucket } from './storage-locations';
import { veleroServer, VELERO_NAMESPACE } from './velero-server';

interface DataUpload extends StoredObject {
  spec: {
    csiSnapshot?: { volumeSnapshot?: string; storageClass?: string };
    sourcePVC?: string;
    sourceNamespace?: string;
    backupStorageLocation?: string;
    cancel?: boolean;
  };
  status?: Record<string, unknown> & {
    phase?: string;
    acceptedByNode?: string;
    progress?: { totalBytes?: number; bytesDone?: number };
  };
}

const DONE = new Set(['Completed', 'Failed', 'Canceled']);

export function snapshotIdOf(uid: string): string {
  return createHash('sha256').update(`kopia|${uid}`).digest('hex').slice(0, 32);
}

export function dataUploadController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);
  const progress = new ProgressClock(context);

  return {
    name: 'velero-dataupload',
    primary: k.dataUpload,
    watches: [
      // A node agent switched on in the DPA picks up the uploads waiting in Accepted.
      {
        type: k.dataProtectionApplication,
        map: () =>
          context.objects
            .list(k.dataUpload, VELERO_NAMESPACE)
            .map((du) => ({ namespace: VELERO_NAMESPACE, name: du.metadata.name })),
      },
      {
        type: k.volumeSnapshot,
        map: (e) =>
          context.objects
            .list(k.dataUpload, VELERO_NAMESPACE)
            .filter(
              (du) =>
                (du.spec as DataUpload['spec']).csiSnapshot?.volumeSnapshot ===
                e.object.metadata.name,
            )
            .map((du) => ({ namespace: VELERO_NAMESPACE, name: du.metadata.name })),
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const du = context.objects.get(k.dataUpload, ref.namespace, ref.name) as
        DataUpload | undefined;
      if (!du || du.metadata.deletionTimestamp) return undefined;
      const status = { ...du.status, progress: { ...du.status?.progress } };
      const phase = status.phase ?? 'New';
      if (DONE.has(phase)) return undefined;
      const id = du.metadata.uid;
      const now = rfc3339(context.clock.now());
      const set = (next: Record<string, unknown>) =>
        writeStatus(context, k.dataUpload, du, { ...status, ...next });
      if (du.spec.cancel === true) {
        set({
          phase: phase === 'Canceling' ? 'Canceled' : 'Canceling',
          ...(phase === 'Canceling' ? { completionTimestamp: now } : {}),
        });
        return phase === 'Canceling' ? undefined : BACKUP_TIMING.duAccept;
      }
      const server = veleroServer(context);
      if (phase === 'New') {
        const wait = timer.remaining(`${id}|accept`, BACKUP_TIMING.duAccept);
        if (wait > 0) return wait;
        set({
          phase: 'Accepted',
          ...(server.nodeAgent ? { acceptedByNode: NODE_NAME, acceptedTimestamp: now } : {}),
        });
        return BACKUP_TIMING.duPrepare;
      }
      if (!server.nodeAgent) return undefined;
      const ns = du.spec.sourceNamespace ?? '';
      if (phase === 'Accepted' && status.acceptedByNode === undefined) {
        set({ acceptedByNode: NODE_NAME, acceptedTimestamp: now });
        return BACKUP_TIMING.duPrepare;
      }
      if (phase === 'Accepted') {
        const vs = context.objects.get(
          k.volumeSnapshot,
          ns,
          du.spec.csiSnapshot?.volumeSnapshot ?? '',
        );
        if ((vs?.status as { readyToUse?: boolean } | undefined)?.readyToUse !== true)
          return BACKUP_TIMING.retry;
        const wait = timer.remaining(`${id}|prepare`, BACKUP_TIMING.duPrepare);
        if (wait > 0) return wait;
        set({ phase: 'Prepared', node: NODE_NAME });
        return BACKUP_TIMING.duStart;
      }
      const pvc = context.objects.get(k.pvc, ns, du.spec.sourcePVC ?? '') as
        | (StoredObject & {
            spec: { resources?: { requests?: { storage?: string } } };
            status?: { capacity?: { storage?: string } };
          })
        | undefined;
      const totalBytes =
        status.progress.totalBytes ??
        parseQuantity(pvc?.status?.capacity?.storage ?? pvc?.spec.resources?.requests?.storage);
      if (phase === 'Prepared') {
        const wait = timer.remaining(`${id}|start`, BACKUP_TIMING.duStart);
        if (wait > 0) return wait;
        progress.elapsed(id);
        set({
          phase: 'InProgress',
          startTimestamp: now,
          nodeOS: 'linux',
          progress: { totalBytes, bytesDone: 0 },
        });
        return BACKUP_TIMING.progressStep;
      }
      // InProgress: bytes move at the simulated rate (or over the knob's duration).
      const duration = parseGoDuration(
        pvc?.metadata.annotations?.[UPLOAD_DURATION_ANNOTATION] ?? '',
      );
      const rate = duration ? totalBytes / duration : BACKUP_TIMING.uploadBytesPerMs;
      const bytesDone = Math.min(
        totalBytes,
        Math.round((status.progress.bytesDone ?? 0) + progress.elapsed(id) * rate),
      );
      const failure = pvc?.metadata.annotations?.[UPLOAD_FAIL_ANNOTATION];
      if (failure && bytesDone >= totalBytes / 2) {
        progress.forget(id);
        set({
          phase: 'Failed',
          message: `data path backup failed: Failed to run kopia backup: ${failure}`,
          completionTimestamp: now,
          progress: { totalBytes, bytesDone: Math.floor(totalBytes / 2) },
        });
        return undefined;
      }
      if (bytesDone < totalBytes) {
        set({ progress: { totalBytes, bytesDone } });
        return BACKUP_TIMING.progressStep;
      }
      const bsl = findLocation(context, du.spec.backupStorageLocation ?? '');
      const location = bsl && locationBucket(bsl);
      if (!bsl || !location || !isReachable(bsl)) {
        progress.forget(id);
        set({
          phase: 'Failed',
          message: `data path backup failed: error to connect backup repo: error to connect to storage: unable to reach bucket ${location?.bucket ?? ''}`,
          completionTimestamp: now,
        });
        return undefined;
      }
      const snapshotID = snapshotIdOf(id);
      context.objectStore.put(
        location.bucket,
        `${location.root}kopia/${ns}/${snapshotID}`,
        JSON.stringify({
          pvc: du.spec.sourcePVC,
          namespace: ns,
          size: totalBytes,
          storageClass: du.spec.csiSnapshot?.storageClass,
        }),
      );
      progress.forget(id);
      timer.clear(id);
      set({
        phase: 'Completed',
        path: `/${id}`,
        snapshotID,
        completionTimestamp: now,
        progress: { totalBytes, bytesDone: totalBytes },
      });
      // The snapshot is only a staging copy once the data is in the repository.
      deleteIfExists(context, k.volumeSnapshot, ns, du.spec.csiSnapshot?.volumeSnapshot ?? '');
      return undefined;
    },
  };
}
