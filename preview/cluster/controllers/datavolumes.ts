/**
 * Simulated CDI: a DataVolume gets a claim of the same name and is "imported" into it
 * (ImportScheduled → ImportInProgress with progress → Succeeded). WaitForFirstConsumer storage
 * waits for a VM to start; a pre-populated DataVolume (restore InPlace) adopts its claim as is.
 */
import type { DataVolume, PersistentVolumeClaim, StorageClass } from '../api/kubevirt-types';
import { GIB, parseQuantity } from '../api/quantity';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { DEFAULT_CLASS_ANNOTATION } from '../admission/core';
import {
  now,
  ownerReference,
  recordEvent,
  withCondition,
  writeObject,
  writeStatus,
} from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { StepTimer } from './runtime';
import { claimsInUse } from './storage';
import { TIMING } from './simulation';

export const PRE_POPULATED_ANNOTATION = 'cdi.kubevirt.io/storage.prePopulated';
const POD_PHASE_ANNOTATION = 'cdi.kubevirt.io/storage.pod.phase';

type DataVolumeStatus = NonNullable<DataVolume['status']>;

export function dataVolumeController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);

  function defaultClass(): string | undefined {
    return context.objects
      .list(k.storageClass)
      .find((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')?.metadata.name;
  }

  function createClaim(dv: DataVolume): void {
    const requested = dv.spec.pvc ?? dv.spec.storage ?? {};
    const source = dv.spec.source ?? {};
    const snapshot = source.snapshot as { name?: string } | undefined;
    context.objects.create(k.pvc, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: dv.metadata.name,
        namespace: dv.metadata.namespace,
        labels: {
          app: 'containerized-data-importer',
          'app.kubernetes.io/component': 'storage',
          'app.kubernetes.io/managed-by': 'cdi-controller',
          // CDI's newPersistentVolumeClaim copies every DataVolume label onto the claim.
          ...dv.metadata.labels,
        },
        annotations: {
          'cdi.kubevirt.io/storage.contentType': 'kubevirt',
          [POD_PHASE_ANNOTATION]: 'Pending',
        },
        ownerReferences: [ownerReference(dv)],
      },
      spec: {
        accessModes: requested.accessModes ?? ['ReadWriteOnce'],
        resources: { requests: { storage: requested.resources?.requests?.storage ?? '1Gi' } },
        storageClassName: requested.storageClassName ?? defaultClass(),
        volumeMode: requested.volumeMode ?? 'Filesystem',
        ...(snapshot?.name
          ? {
              dataSource: {
                apiGroup: 'snapshot.storage.k8s.io',
                kind: 'VolumeSnapshot',
                name: snapshot.name,
              },
            }
          : {}),
      },
    });
  }

  function status(
    dv: DataVolume,
    phase: string,
    progress: string,
    bound: boolean,
    running: boolean,
  ): DataVolumeStatus {
    const time = now(context);
    let conditions = withCondition(
      dv.status?.conditions,
      {
        type: 'Bound',
        status: bound ? 'True' : 'False',
        reason: bound ? 'Bound' : 'Pending',
        message: bound ? `PVC ${dv.metadata.name} Bound` : `PVC ${dv.metadata.name} Pending`,
      },
      time,
    );
    conditions = withCondition(
      conditions,
      {
        type: 'Running',
        status: running ? 'True' : 'False',
        reason: running ? 'Pod is running' : phase === 'Succeeded' ? 'Completed' : '',
      },
      time,
    );
    conditions = withCondition(
      conditions,
      {
        type: 'Ready',
        status: phase === 'Succeeded' ? 'True' : 'False',
        reason: phase === 'Succeeded' ? '' : 'TransferRunning',
      },
      time,
    );
    return { phase, progress, claimName: dv.metadata.name, conditions, restartCount: 0 };
  }

  return {
    name: 'datavolume',
    primary: k.dataVolume,
    watches: [
      {
        type: k.pvc,
        map: (e) =>
          (e.object.metadata.ownerReferences ?? [])
            .filter((o) => o.kind === 'DataVolume')
            .map((o) => ({ namespace: e.object.metadata.namespace, name: o.name })),
      },
      { type: k.vmi },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const dv = context.objects.get(k.dataVolume, ref.namespace, ref.name) as
        DataVolume | undefined;
      if (!dv || dv.metadata.deletionTimestamp) return;
      const pvc = context.objects.get(k.pvc, ref.namespace, ref.name) as
        PersistentVolumeClaim | undefined;
      const prePopulated = dv.metadata.annotations?.[PRE_POPULATED_ANNOTATION] !== undefined;
      if (!pvc) {
        if (prePopulated) return;
        if (dv.status?.phase === 'Succeeded') return;
        createClaim(dv);
        writeStatus(context, k.dataVolume, dv, status(dv, 'Pending', 'N/A', false, false));
        return;
      }
      // §2.4 InPlace restore: the owning DataVolume is marked pre-populated and adopts the new claim.
      if (prePopulated || dv.status?.phase === 'Succeeded') {
        if (pvc.status?.phase === 'Bound' || prePopulated)
          writeStatus(
            context,
            k.dataVolume,
            dv,
            status(dv, 'Succeeded', '100.0%', pvc.status?.phase === 'Bound', false),
          );
        return;
      }
      if (pvc.status?.phase !== 'Bound') {
        const storageClass = pvc.spec.storageClassName
          ? (context.objects.get(k.storageClass, undefined, pvc.spec.storageClassName) as
              StorageClass | undefined)
          : undefined;
        const waiting =
          storageClass?.volumeBindingMode === 'WaitForFirstConsumer' &&
          !claimsInUse(context, ref.namespace).has(ref.name) &&
          !pvc.spec.dataSource;
        writeStatus(
          context,
          k.dataVolume,
          dv,
          status(dv, waiting ? 'WaitForFirstConsumer' : 'Pending', 'N/A', false, false),
        );
        return;
      }
      const id = `import|${dv.metadata.uid}`;
      const scheduled = timer.remaining(`${id}|scheduled`, TIMING.importScheduled);
      const cloning = dv.spec.source?.snapshot !== undefined || dv.spec.source?.pvc !== undefined;
      if (scheduled > 0) {
        writeStatus(
          context,
          k.dataVolume,
          dv,
          status(dv, cloning ? 'CloneScheduled' : 'ImportScheduled', 'N/A', true, false),
        );
        return scheduled;
      }
      const blank = dv.spec.source?.blank !== undefined;
      const total = blank
        ? 500
        : TIMING.importBase +
          (parseQuantity(pvc.spec.resources?.requests?.storage) / GIB) * TIMING.importPerGiB;
      const left = timer.remaining(`${id}|copy`, total);
      if (left > 0) {
        const percent = Math.min(99.99, (100 * (total - left)) / total);
        writeStatus(
          context,
          k.dataVolume,
          dv,
          status(
            dv,
            cloning ? 'CloneInProgress' : 'ImportInProgress',
            `${percent.toFixed(2)}%`,
            true,
            true,
          ),
        );
        return Math.min(left, 1000);
      }
      // §2.2 lock precondition "volume not populated" reads this DataVolume phase.
      const populated = clone(pvc);
      populated.metadata.annotations = {
        ...populated.metadata.annotations,
        [POD_PHASE_ANNOTATION]: 'Succeeded',
      };
      writeObject(context, k.pvc, populated);
      writeStatus(context, k.dataVolume, dv, status(dv, 'Succeeded', '100.0%', true, false));
      timer.clear(id);
      recordEvent(
        context,
        dv,
        'Normal',
        cloning ? 'CloneSucceeded' : 'ImportSucceeded',
        cloning ? 'Successfully cloned into the target' : 'Import Successful',
        'datavolume-controller',
      );
      return undefined;
    },
  };
}
