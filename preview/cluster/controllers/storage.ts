/**
 * Simulated storage: CDI StorageProfiles per StorageClass, the PV binder/provisioner
 * (Immediate and WaitForFirstConsumer binding, claims restored from a VolumeSnapshot,
 * pvc-protection) and reclaiming volumes whose claim is gone.
 */
import { randomUUID } from 'node:crypto';
import type {
  PersistentVolumeClaim,
  StorageClass,
  VirtualMachineInstance,
  VolumeSnapshot,
  DataVolume,
} from '../api/kubevirt-types';
import type { StoredObject } from '../api/types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import {
  addFinalizer,
  deleteIfExists,
  now,
  recordEvent,
  removeFinalizer,
  writeObject,
  writeStatus,
} from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { StepTimer } from './runtime';
import { TIMING } from './simulation';

const PVC_PROTECTION = 'kubernetes.io/pvc-protection';

/** Names of the claims a running VMI uses (directly or through a DataVolume of the same name). */
export function claimsInUse(context: ClusterContext, namespace: string | undefined): Set<string> {
  const k = kinds(context.registry);
  const used = new Set<string>();
  for (const vmi of context.objects.list(k.vmi, namespace) as VirtualMachineInstance[]) {
    for (const volume of vmi.spec.volumes ?? []) {
      const claim = volume.persistentVolumeClaim?.claimName ?? volume.dataVolume?.name;
      if (claim) used.add(claim);
    }
  }
  return used;
}

export function pvcController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);
  const byNamespace = (namespace: string | undefined) =>
    context.objects.list(k.pvc, namespace).map((p) => ({ namespace, name: p.metadata.name }));
  return {
    name: 'persistentvolume-binder',
    primary: k.pvc,
    watches: [
      { type: k.vmi, map: (e) => byNamespace(e.object.metadata.namespace) },
      { type: k.volumeSnapshot, map: (e) => byNamespace(e.object.metadata.namespace) },
      {
        type: k.dataVolume,
        map: (e) => [{ namespace: e.object.metadata.namespace, name: e.object.metadata.name }],
      },
      // A claim waiting for a pre-bound volume (a DataDownload's) looks again when it appears.
      {
        type: k.pv,
        map: (e) => {
          const claim = (e.object.spec as { claimRef?: { name?: string; namespace?: string } })
            ?.claimRef;
          return claim?.name ? [{ namespace: claim.namespace, name: claim.name }] : [];
        },
      },
      {
        type: k.storageClass,
        map: () =>
          context.objects
            .list(k.pvc)
            .map((p) => ({ namespace: p.metadata.namespace, name: p.metadata.name })),
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      let pvc = context.objects.get(k.pvc, ref.namespace, ref.name) as
        PersistentVolumeClaim | undefined;
      if (!pvc) return;
      if (pvc.metadata.deletionTimestamp) {
        // pvc-protection: a claim in use by a running VM stays until the VM lets go of it.
        if (!claimsInUse(context, ref.namespace).has(ref.name))
          removeFinalizer(context, k.pvc, pvc, PVC_PROTECTION);
        return;
      }
      pvc = addFinalizer(context, k.pvc, pvc, PVC_PROTECTION);
      if (pvc.status?.phase === 'Bound') return;
      const className = pvc.spec.storageClassName;
      const storageClass = className
        ? (context.objects.get(k.storageClass, undefined, className) as StorageClass | undefined)
        : undefined;
      if (!storageClass) {
        writeStatus(context, k.pvc, pvc, { phase: 'Pending' });
        return TIMING.retry;
      }
      const source = pvc.spec.dataSource;
      // §2.4: restored claims come from a VolumeSnapshot and bind once it is ready.
      if (source?.kind === 'VolumeSnapshot') {
        const snapshot = context.objects.get(k.volumeSnapshot, ref.namespace, source.name) as
          VolumeSnapshot | undefined;
        if (snapshot?.status?.readyToUse !== true) {
          writeStatus(context, k.pvc, pvc, { phase: 'Pending' });
          return TIMING.retry;
        }
      }
      // §2.2/§2.6: WaitForFirstConsumer claims stay Pending until a VM (or an import) uses them.
      if (storageClass.volumeBindingMode === 'WaitForFirstConsumer') {
        const owner = pvc.metadata.ownerReferences?.find((o) => o.kind === 'DataVolume');
        const importing =
          owner &&
          (context.objects.get(k.dataVolume, ref.namespace, owner.name) as DataVolume | undefined)
            ?.status?.phase !== 'Succeeded' &&
          !pvc.spec.dataSource;
        if (!claimsInUse(context, ref.namespace).has(ref.name) && !importing) {
          if (pvc.status?.phase !== 'Pending')
            recordEvent(
              context,
              pvc,
              'Normal',
              'WaitForFirstConsumer',
              'waiting for first consumer to be created before binding',
              'persistentvolume-controller',
            );
          writeStatus(context, k.pvc, pvc, { phase: 'Pending' });
          return;
        }
      }
      // A claim with a selector is never provisioned dynamically: it waits for a volume
      // pre-bound to it (claimRef), as Velero's data mover restore makes one.
      const preBound = (pvc.spec as { selector?: unknown }).selector
        ? context.objects.list(k.pv).find((pv) => {
            const claim = (pv.spec as { claimRef?: { name?: string; namespace?: string } })
              .claimRef;
            return claim?.name === ref.name && claim.namespace === ref.namespace;
          })
        : undefined;
      if ((pvc.spec as { selector?: unknown }).selector && !preBound) {
        writeStatus(context, k.pvc, pvc, { phase: 'Pending' });
        return;
      }
      const wait = timer.remaining(`bind|${pvc.metadata.uid}`, TIMING.pvcBind);
      if (wait > 0) {
        writeStatus(context, k.pvc, pvc, { phase: 'Pending' });
        return wait;
      }
      const pvName = preBound?.metadata.name ?? `pvc-${pvc.metadata.uid}`;
      const storage = pvc.spec.resources?.requests?.storage ?? '1Gi';
      if (!context.objects.get(k.pv, undefined, pvName)) {
        context.objects.create(k.pv, {
          apiVersion: 'v1',
          kind: 'PersistentVolume',
          metadata: {
            name: pvName,
            annotations: { 'pv.kubernetes.io/provisioned-by': storageClass.provisioner },
          },
          spec: {
            capacity: { storage },
            accessModes: pvc.spec.accessModes ?? ['ReadWriteOnce'],
            persistentVolumeReclaimPolicy: storageClass.reclaimPolicy ?? 'Delete',
            storageClassName: className,
            volumeMode: pvc.spec.volumeMode ?? 'Filesystem',
            claimRef: {
              apiVersion: 'v1',
              kind: 'PersistentVolumeClaim',
              name: pvc.metadata.name,
              namespace: pvc.metadata.namespace,
              uid: pvc.metadata.uid,
            },
            csi: { driver: storageClass.provisioner, volumeHandle: randomUUID(), fsType: 'ext4' },
          },
          status: { phase: 'Bound' },
        });
      }
      const bound = clone(pvc);
      bound.spec.volumeName = pvName;
      bound.metadata.annotations = {
        ...bound.metadata.annotations,
        'pv.kubernetes.io/bind-completed': 'yes',
        'pv.kubernetes.io/bound-by-controller': 'yes',
        'volume.kubernetes.io/storage-provisioner': storageClass.provisioner,
      };
      const updated = writeObject(context, k.pvc, bound);
      writeStatus(context, k.pvc, updated, {
        phase: 'Bound',
        capacity: { storage },
        accessModes: pvc.spec.accessModes ?? ['ReadWriteOnce'],
      });
      timer.clear(`bind|${pvc.metadata.uid}`);
      recordEvent(
        context,
        updated,
        'Normal',
        'ProvisioningSucceeded',
        `Successfully provisioned volume ${pvName}`,
        storageClass.provisioner,
      );
      return undefined;
    },
  };
}

/** Deletes volumes whose claim is gone (reclaim policy Delete), marks the others Released. */
export function pvReclaimController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'persistentvolume-reclaimer',
    primary: k.pv,
    watches: [
      {
        type: k.pvc,
        map: (e) =>
          e.type === 'DELETED' && e.object.spec
            ? [{ name: (e.object.spec as { volumeName?: string }).volumeName ?? '' }]
            : [],
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const pv = context.objects.get(k.pv, undefined, ref.name) as
        | (StoredObject & {
            spec: {
              claimRef?: { name: string; namespace: string; uid: string };
              persistentVolumeReclaimPolicy?: string;
            };
          })
        | undefined;
      const claim = pv?.spec.claimRef;
      if (!pv || !claim) return;
      const pvc = context.objects.get(k.pvc, claim.namespace, claim.name);
      if (pvc?.metadata.uid === claim.uid) return;
      if (pv.spec.persistentVolumeReclaimPolicy === 'Delete')
        deleteIfExists(context, k.pv, undefined, ref.name);
      else
        writeStatus(context, k.pv, pv, {
          phase: 'Released',
          lastPhaseTransitionTime: now(context),
        });
      return undefined;
    },
  };
}
