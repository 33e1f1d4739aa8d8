/**
 * The node agent's DataDownload controller (research/oadp-velero.md §2.7; research/
 * velero-formats.md §9 for the shared phases; Velero `pkg/controller/data_download_controller.go`):
 * New → Accepted (acceptedByNode) → Prepared (node) → InProgress (bytesDone growing to
 * totalBytes) → Completed, when the PV holding the downloaded data is bound to the target
 * claim. The data is read from `kopia/<source namespace>/<snapshotID>` in the location's
 * bucket (this cluster's stand-in for Kopia's repository); without a node agent nothing moves.
 */
import { randomUUID } from 'node:crypto';
import { formatQuantity, parseQuantity } from '../../api/quantity';
import type { JsonMap } from '../../api/types';
import { asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { now, writeStatus } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { StepTimer } from '../runtime';
import { DYNAMIC_PV_RESTORE_LABEL } from './restore-csi-actions';
import { findLocation, isReachable, locationBucket } from './storage-locations';
import { veleroServer } from './velero-server';

export const DATA_DOWNLOAD_TIMING = {
  accept: 1_000,
  prepare: 2_000,
  tick: 1_000,
  bytesPerSecond: 512 * 2 ** 20,
};

const map = (value: unknown): JsonMap => (isMap(value) ? value : {});

export function dataDownloadController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);

  /** The data uploaded by the backup, or why Kopia could not open it. */
  function snapshotSize(spec: JsonMap): number | string {
    const bsl = findLocation(context, asString(spec.backupStorageLocation) ?? '');
    const where = bsl ? locationBucket(bsl) : undefined;
    if (!bsl || !where || !isReachable(bsl))
      return `error to initialize data path: error to boost backup repository connection ${String(spec.backupStorageLocation)}-${String(spec.sourceNamespace)}-kopia: error to connect backup repo: unable to reach the object store`;
    const key = `${where.root}kopia/${String(spec.sourceNamespace)}/${String(spec.snapshotID)}`;
    const data = context.objectStore.get(where.bucket, key);
    if (!data)
      return `Failed to run kopia restore: Failed to find snapshot ${String(spec.snapshotID)}: snapshot not found`;
    const size = map(JSON.parse(data.toString('utf8'))).size;
    return typeof size === 'number' ? size : parseQuantity(asString(size) ?? '0');
  }

  /** The exposer's last step: a PV with the data, claimed by the restored PVC's selector. */
  function bindTarget(spec: JsonMap, totalBytes: number): boolean {
    const target = map(spec.targetVolume);
    const pvc = context.objects.get(k.pvc, String(target.namespace), String(target.pvc));
    if (!pvc) return false;
    const pvcSpec = map(pvc.spec);
    const label = map(map(pvcSpec.selector).matchLabels)[DYNAMIC_PV_RESTORE_LABEL];
    const className = asString(pvcSpec.storageClassName) ?? '';
    const storageClass = context.objects.get(k.storageClass, undefined, className);
    const name = `pvc-${pvc.metadata.uid}`;
    if (!context.objects.get(k.pv, undefined, name))
      context.objects.create(k.pv, {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: {
          name,
          labels: typeof label === 'string' ? { [DYNAMIC_PV_RESTORE_LABEL]: label } : {},
        },
        spec: {
          capacity: { storage: formatQuantity(totalBytes) },
          accessModes: pvcSpec.accessModes ?? ['ReadWriteOnce'],
          persistentVolumeReclaimPolicy: 'Delete',
          storageClassName: className,
          volumeMode: pvcSpec.volumeMode ?? 'Filesystem',
          claimRef: {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            name: pvc.metadata.name,
            namespace: pvc.metadata.namespace,
            uid: pvc.metadata.uid,
          },
          csi: {
            driver: asString(storageClass?.provisioner) ?? '',
            volumeHandle: randomUUID(),
            fsType: 'ext4',
          },
        },
        status: { phase: 'Bound' },
      });
    return true;
  }

  return {
    name: 'node-agent-datadownload',
    primary: k.dataDownload,
    watches: [
      {
        type: k.dataProtectionApplication,
        map: () =>
          context.objects
            .list(k.dataDownload)
            .map((d) => ({ namespace: d.metadata.namespace, name: d.metadata.name })),
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const dd = context.objects.get(k.dataDownload, ref.namespace, ref.name);
      if (!dd || dd.metadata.deletionTimestamp) return;
      const spec = map(dd.spec);
      const status = map(dd.status);
      const phase = asString(status.phase) ?? '';
      const set = (next: JsonMap) =>
        writeStatus(context, k.dataDownload, dd, { ...status, ...next });
      const id = dd.metadata.uid;
      if (['Completed', 'Failed', 'Canceled'].includes(phase)) {
        timer.clear(id);
        return;
      }
      if (spec.cancel === true) {
        set({
          phase: phase === 'Canceling' ? 'Canceled' : 'Canceling',
          ...(phase === 'Canceling' ? { completionTimestamp: now(context) } : {}),
        });
        return phase === 'Canceling' ? undefined : DATA_DOWNLOAD_TIMING.tick;
      }
      if (!veleroServer(context).nodeAgent) return;
      const node = context.objects.list(k.node)[0]?.metadata.name ?? 'worker-0';
      if (phase === '' || phase === 'New') {
        const wait = timer.remaining(`${id}|accept`, DATA_DOWNLOAD_TIMING.accept);
        if (wait > 0) return wait;
        set({
          phase: 'Accepted',
          acceptedByNode: node,
          acceptedTimestamp: now(context),
          progress: {},
        });
        return DATA_DOWNLOAD_TIMING.prepare;
      }
      if (phase === 'Accepted') {
        const wait = timer.remaining(`${id}|prepare`, DATA_DOWNLOAD_TIMING.prepare);
        if (wait > 0) return wait;
        set({ phase: 'Prepared', node });
        return DATA_DOWNLOAD_TIMING.tick;
      }
      if (phase === 'Prepared') {
        const size = snapshotSize(spec);
        if (typeof size === 'string') {
          set({ phase: 'Failed', message: size, completionTimestamp: now(context) });
          return;
        }
        set({
          phase: 'InProgress',
          startTimestamp: now(context),
          progress: { totalBytes: size, bytesDone: 0 },
        });
        return DATA_DOWNLOAD_TIMING.tick;
      }
      const progress = map(status.progress);
      const total = Number(progress.totalBytes ?? 0);
      const duration = Math.max(
        DATA_DOWNLOAD_TIMING.tick,
        (1000 * total) / DATA_DOWNLOAD_TIMING.bytesPerSecond,
      );
      const left = timer.remaining(`${id}|copy`, duration);
      if (left > 0) {
        const done = Math.floor((total * (duration - left)) / duration);
        set({ progress: { totalBytes: total, bytesDone: done } });
        return Math.min(left, DATA_DOWNLOAD_TIMING.tick);
      }
      if (!bindTarget(spec, total)) {
        set({
          phase: 'Failed',
          message: `error to get target PVC ${String(map(spec.targetVolume).namespace)}/${String(map(spec.targetVolume).pvc)}: not found`,
          completionTimestamp: now(context),
        });
        return;
      }
      set({
        phase: 'Completed',
        progress: { totalBytes: total, bytesDone: total },
        completionTimestamp: now(context),
      });
      timer.clear(id);
      return undefined;
    },
  };
}
