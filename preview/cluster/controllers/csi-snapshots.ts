/**
 * Simulated CSI external-snapshotter: a VolumeSnapshot of a bound claim gets a
 * VolumeSnapshotContent from the class whose driver matches the volume's driver; the "driver"
 * cuts the snapshot (creationTime) after a delay and makes it ready later. Deleting the
 * VolumeSnapshot deletes its content when the policy is Delete.
 */
import type {
  PersistentVolumeClaim,
  VolumeSnapshot,
  VolumeSnapshotClass,
} from '../api/kubevirt-types';
import { GIB, formatQuantity, parseQuantity } from '../api/quantity';
import type { StoredObject } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { bindStaticSnapshot } from './csi-static-snapshots';
import { addFinalizer, deleteIfExists, now, removeFinalizer, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { StepTimer } from './runtime';
import { SNAPSHOT_DELAY_ANNOTATION, TIMING, annotationDuration } from './simulation';

const BOUND_PROTECTION = 'snapshot.storage.kubernetes.io/volumesnapshot-bound-protection';

interface PersistentVolume extends StoredObject {
  spec: { csi?: { driver: string; volumeHandle: string } };
}

export function volumeSnapshotController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);

  function fail(snapshot: VolumeSnapshot, message: string): number {
    writeStatus(context, k.volumeSnapshot, snapshot, {
      ...snapshot.status,
      readyToUse: false,
      error: {
        message,
        time:
          snapshot.status?.error?.message === message
            ? (snapshot.status.error.time ?? now(context))
            : now(context),
      },
    });
    return TIMING.retry;
  }

  return {
    name: 'csi-snapshotter',
    primary: k.volumeSnapshot,
    watches: [{ type: k.pvc }],
    reconcile(ref: ObjectRef): number | undefined {
      let snapshot = context.objects.get(k.volumeSnapshot, ref.namespace, ref.name) as
        VolumeSnapshot | undefined;
      if (!snapshot) return;
      const contentName = `snapcontent-${snapshot.metadata.uid}`;
      const classes = context.objects.list(k.volumeSnapshotClass) as VolumeSnapshotClass[];
      const chosen = snapshot.spec.volumeSnapshotClassName;
      if (snapshot.metadata.deletionTimestamp) {
        const content = context.objects.get(k.volumeSnapshotContent, undefined, contentName) as
          (StoredObject & { spec: { deletionPolicy?: string } }) | undefined;
        if (content?.spec.deletionPolicy === 'Delete')
          deleteIfExists(context, k.volumeSnapshotContent, undefined, contentName);
        timer.clear(snapshot.metadata.uid);
        removeFinalizer(context, k.volumeSnapshot, snapshot, BOUND_PROTECTION);
        return;
      }
      snapshot = addFinalizer(context, k.volumeSnapshot, snapshot, BOUND_PROTECTION);
      if (snapshot.status?.readyToUse === true) return;
      const staticContent = (snapshot.spec.source as { volumeSnapshotContentName?: string })
        .volumeSnapshotContentName;
      if (staticContent) return bindStaticSnapshot(context, snapshot, staticContent);
      const claimName = snapshot.spec.source.persistentVolumeClaimName ?? '';
      const pvc = context.objects.get(k.pvc, ref.namespace, claimName) as
        PersistentVolumeClaim | undefined;
      if (!pvc)
        return fail(
          snapshot,
          `failed to get input parameters to create snapshot ${ref.name}: "PersistentVolumeClaim \\"${claimName}\\" not found"`,
        );
      // §2.3 step 4: an unbound claim cannot be snapshotted.
      if (pvc.status?.phase !== 'Bound' || !pvc.spec.volumeName)
        return fail(
          snapshot,
          `the PVC ${claimName} is not yet bound to a PV, will not attempt to take a snapshot`,
        );
      const pv = context.objects.get(k.pv, undefined, pvc.spec.volumeName) as
        PersistentVolume | undefined;
      const driver = pv?.spec.csi?.driver ?? '';
      const snapshotClass = chosen
        ? classes.find((c) => c.metadata.name === chosen)
        : classes.find(
            (c) =>
              c.driver === driver &&
              c.metadata.annotations?.['snapshot.storage.kubernetes.io/is-default-class'] ===
                'true',
          );
      if (!snapshotClass)
        return fail(
          snapshot,
          chosen
            ? `failed to get snapshot class with error volumesnapshotclass.snapshot.storage.k8s.io "${chosen}" not found`
            : `cannot find default snapshot class for driver ${driver}`,
        );
      if (snapshotClass.driver !== driver)
        return fail(
          snapshot,
          `the snapshot class driver ${snapshotClass.driver} does not match the volume driver ${driver}`,
        );
      // §2.2: VMSC readiness waits for every VolumeSnapshot.status.readyToUse set here.
      const bytes = parseQuantity(
        pvc.status.capacity?.storage ?? pvc.spec.resources?.requests?.storage,
      );
      let content = context.objects.get(k.volumeSnapshotContent, undefined, contentName);
      content ??= context.objects.create(k.volumeSnapshotContent, {
        apiVersion: 'snapshot.storage.k8s.io/v1',
        kind: 'VolumeSnapshotContent',
        metadata: { name: contentName },
        spec: {
          deletionPolicy: snapshotClass.deletionPolicy,
          driver,
          source: { volumeHandle: pv?.spec.csi?.volumeHandle ?? pvc.metadata.uid },
          volumeSnapshotClassName: snapshotClass.metadata.name,
          volumeSnapshotRef: {
            apiVersion: 'snapshot.storage.k8s.io/v1',
            kind: 'VolumeSnapshot',
            name: snapshot.metadata.name,
            namespace: snapshot.metadata.namespace,
            uid: snapshot.metadata.uid,
          },
        },
      });
      const id = snapshot.metadata.uid;
      const cut = timer.remaining(
        `${id}|cut`,
        annotationDuration(pvc.metadata.annotations, SNAPSHOT_DELAY_ANNOTATION) ??
          TIMING.snapshotCut,
      );
      const base = {
        boundVolumeSnapshotContentName: contentName,
        readyToUse: false,
        restoreSize: formatQuantity(bytes),
      };
      if (cut > 0) {
        writeStatus(context, k.volumeSnapshot, snapshot, base);
        return cut;
      }
      const creationTime = snapshot.status?.creationTime ?? now(context);
      const ready = timer.remaining(
        `${id}|ready`,
        TIMING.snapshotReadyBase + (bytes / GIB) * TIMING.snapshotReadyPerGiB,
      );
      const readyToUse = ready === 0;
      writeStatus(context, k.volumeSnapshotContent, content, {
        snapshotHandle: `${driver}/${id}`,
        creationTime: Date.parse(creationTime) * 1e6,
        readyToUse,
        restoreSize: bytes,
      });
      writeStatus(context, k.volumeSnapshot, snapshot, { ...base, creationTime, readyToUse });
      if (readyToUse) timer.clear(id);
      return readyToUse ? undefined : ready;
    },
  };
}
