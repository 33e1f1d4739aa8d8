/**
 * Simulated KubeVirt content controller (research §2.2): creates one CSI VolumeSnapshot per
 * volume backup (freezing a guest with an agent first), sets creationTime when every snapshot
 * is cut and readyToUse when every one is ready, and reports "VolumeSnapshots (x) missing"
 * when one disappears later.
 */
import type {
  VMSnapshot,
  VMSnapshotContent,
  VirtualMachine,
  VolumeSnapshot,
} from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { now, ownerReference, recordEvent, removeFinalizer, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { vmiOf } from './snapshot-source';
import { snapshotClassFor } from './volume-snapshot-status';
import { vmActions } from './vm-actions';
import { CONTENT_FINALIZER } from './vm-snapshots';

type Status = NonNullable<VMSnapshotContent['status']>;

export function vmSnapshotContentController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  function setFrozen(snapshot: VMSnapshot, frozen: boolean): void {
    const vm = context.objects.get(k.vm, snapshot.metadata.namespace, snapshot.spec.source.name) as
      VirtualMachine | undefined;
    const vmi = vm ? vmiOf(context, vm) : undefined;
    const wanted = frozen && (snapshot.status?.indications ?? []).includes('GuestAgent');
    if (
      !vmi ||
      vmi.status?.phase !== 'Running' ||
      (vmi.status.fsFreezeStatus === 'frozen') === wanted
    )
      return;
    vmActions.freeze(context, vmi.metadata.namespace ?? '', vmi.metadata.name, wanted);
  }

  return {
    name: 'virtualmachinesnapshotcontent',
    primary: k.vmSnapshotContent,
    watches: [
      {
        type: k.volumeSnapshot,
        map: (e) =>
          (e.object.metadata.ownerReferences ?? [])
            .filter((o) => o.kind === 'VirtualMachineSnapshotContent')
            .map((o) => ({ namespace: e.object.metadata.namespace, name: o.name })),
      },
      {
        type: k.vmSnapshot,
        map: (e) => [
          {
            namespace: e.object.metadata.namespace,
            name:
              (e.object as VMSnapshot).status?.virtualMachineSnapshotContentName ??
              `vmsnapshot-content-${e.object.metadata.uid}`,
          },
        ],
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const content = context.objects.get(k.vmSnapshotContent, ref.namespace, ref.name) as
        VMSnapshotContent | undefined;
      if (!content) return;
      const snapshot = context.objects.get(
        k.vmSnapshot,
        ref.namespace,
        content.spec.virtualMachineSnapshotName ?? '',
      ) as VMSnapshot | undefined;
      const snapshotTerminating =
        !snapshot || !!snapshot.metadata.deletionTimestamp || snapshot.status?.phase === 'Failed';
      if (snapshotTerminating) {
        if (snapshot) setFrozen(snapshot, false);
        removeFinalizer(context, k.vmSnapshotContent, content, CONTENT_FINALIZER);
        if (
          snapshot &&
          ((snapshot.spec.deletionPolicy ?? 'Delete') === 'Delete' ||
            content.status?.readyToUse !== true)
        )
          return;
      }
      if (content.metadata.deletionTimestamp) {
        removeFinalizer(context, k.vmSnapshotContent, content, CONTENT_FINALIZER);
        return;
      }
      const created = !!content.status?.creationTime;
      const statuses: NonNullable<Status['volumeSnapshotStatus']> = [];
      const missing: string[] = [];
      const skipped: string[] = [];
      for (const backup of content.spec.volumeBackups ?? []) {
        const name = backup.volumeSnapshotName;
        if (!name) continue;
        let volumeSnapshot = context.objects.get(k.volumeSnapshot, ref.namespace, name) as
          VolumeSnapshot | undefined;
        if (!volumeSnapshot) {
          if (created) {
            recordEvent(
              context,
              content,
              'Warning',
              'VolumeSnapshotMissing',
              `VolumeSnapshot ${name} no longer exists`,
              'snapshot-controller',
            );
            missing.push(name);
            continue;
          }
          if (snapshotTerminating || content.status?.error) {
            skipped.push(name);
            continue;
          }
          if (snapshot) setFrozen(snapshot, true);
          const storageClass = backup.persistentVolumeClaim.spec.storageClassName ?? '';
          volumeSnapshot = context.objects.create(k.volumeSnapshot, {
            apiVersion: 'snapshot.storage.k8s.io/v1',
            kind: 'VolumeSnapshot',
            metadata: {
              name,
              namespace: ref.namespace,
              labels: {
                'snapshot.kubevirt.io/source-vm-name':
                  content.spec.source.virtualMachine?.metadata.name ?? '',
                'snapshot.kubevirt.io/source-vm-namespace': ref.namespace ?? '',
              },
              ownerReferences: [ownerReference(content)],
            },
            spec: {
              source: { persistentVolumeClaimName: backup.persistentVolumeClaim.metadata.name },
              volumeSnapshotClassName:
                snapshotClassFor(context, storageClass, backup.volumeName).name ?? '',
            },
          }) as VolumeSnapshot;
          recordEvent(
            context,
            content,
            'Normal',
            'SuccessfulVolumeSnapshotCreate',
            `Successfully created VolumeSnapshot ${name}`,
            'snapshot-controller',
          );
        }
        statuses.push({
          volumeSnapshotName: name,
          ...(volumeSnapshot.status?.creationTime
            ? { creationTime: volumeSnapshot.status.creationTime }
            : {}),
          readyToUse: volumeSnapshot.status?.readyToUse === true,
          ...(volumeSnapshot.status?.error ? { error: volumeSnapshot.status.error } : {}),
        });
      }
      const status: Status = { ...content.status, volumeSnapshotStatus: statuses };
      delete status.error;
      let allCut = statuses.every((s) => s.creationTime);
      let allReady = statuses.every((s) => s.readyToUse);
      let error: string | undefined;
      if (missing.length > 0) error = `VolumeSnapshots (${missing.join(',')}) missing`;
      else if (skipped.length > 0)
        error = `VolumeSnapshots (${skipped.join(',')}) skipped because ${snapshotTerminating ? 'vm snapshot is deleted' : 'in error state'}`;
      if (error) [allCut, allReady] = [false, false];
      if (allCut && !status.creationTime) {
        status.creationTime = now(context);
        if (snapshot) setFrozen(snapshot, false);
      }
      // Only missing or skipped snapshots are content errors; a CSI error stays per volume.
      if (error)
        status.error = {
          time:
            content.status?.error?.message === error
              ? (content.status.error.time ?? now(context))
              : now(context),
          message: error,
        };
      status.readyToUse = allReady;
      if (status.volumeSnapshotStatus?.length === 0) delete status.volumeSnapshotStatus;
      writeStatus(context, k.vmSnapshotContent, content, status);
      return undefined;
    },
  };
}
