/**
 * Simulated KubeVirt clone controller (research §2.6): a snapshot (taken here for a VM source,
 * given for a snapshot source), checked for a volume backup of every PVC/DataVolume volume, a
 * temporary restore into the target, then Succeeded; pending and failure as upstream.
 */
import { ApiError } from '../api/errors';
import type {
  PersistentVolumeClaim,
  VMClone,
  VMRestore,
  VMSnapshot,
  VMSnapshotContent,
} from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import {
  deleteIfExists,
  now,
  ownerReference,
  recordEvent,
  withCondition,
  writeStatus,
} from './helpers';
import { cloneRestorePatches, createThroughAdmission } from './clone-restore';
import { hasBackendStorage, startClone } from './clone-start';
import type { ObjectRef, Reconciler } from './runtime';
import { TIMING } from './simulation';

type Status = NonNullable<VMClone['status']>;

export function vmCloneController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  function update(
    clone: VMClone,
    changes: Partial<Status>,
    progressing: [boolean, string],
    ready: [boolean, string],
  ): VMClone {
    const time = now(context);
    let conditions = withCondition(
      clone.status?.conditions,
      { type: 'Progressing', status: progressing[0] ? 'True' : 'False', reason: progressing[1] },
      time,
    );
    conditions = withCondition(
      conditions,
      { type: 'Ready', status: ready[0] ? 'True' : 'False', reason: ready[1] },
      time,
    );
    return writeStatus(context, k.vmClone, clone, { ...clone.status, ...changes, conditions });
  }

  /** Pending is not a phase: phase stays "" with Progressing=False "Pending" and the reason. */
  function pending(clone: VMClone, reason: string, message: string): number {
    if (clone.status?.conditions?.find((c) => c.type === 'Ready')?.reason !== reason)
      recordEvent(context, clone, 'Normal', reason, message, 'clone-controller');
    update(clone, { phase: '' }, [false, 'Pending'], [false, reason]);
    return TIMING.retry;
  }

  function fail(clone: VMClone, event: string, message: string): undefined {
    recordEvent(context, clone, 'Normal', event, message, 'clone-controller');
    update(clone, { phase: 'Failed' }, [false, 'Failed'], [false, 'Failed']);
    return undefined;
  }

  return {
    name: 'virtualmachineclone',
    primary: k.vmClone,
    watches: [
      { type: k.vm },
      { type: k.vmSnapshot },
      { type: k.vmRestore },
      { type: k.pvc },
      { type: k.vmSnapshotContent },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const clone = context.objects.get(k.vmClone, ref.namespace, ref.name) as VMClone | undefined;
      if (!clone || clone.metadata.deletionTimestamp || clone.status?.phase === 'Failed')
        return undefined;
      const { source } = clone.spec;
      const targetName = clone.spec.target?.name ?? '';
      const namespace = ref.namespace;
      // §2.6: after success, wait for the restored claims to bind, then drop the tmp restore/snapshot.
      if (clone.status?.phase === 'Succeeded') {
        // A Succeeded clone whose target VM is deleted goes away too.
        if (!context.objects.get(k.vm, namespace, targetName)) {
          deleteIfExists(context, k.vmClone, namespace, ref.name);
          return undefined;
        }
        const restore = clone.status.restoreName
          ? (context.objects.get(k.vmRestore, namespace, clone.status.restoreName) as
              VMRestore | undefined)
          : undefined;
        if (!clone.status.restoreName) return undefined;
        const bound = (restore?.status?.restores ?? []).every(
          (r) =>
            (
              context.objects.get(k.pvc, namespace, r.persistentVolumeClaim) as
                PersistentVolumeClaim | undefined
            )?.status?.phase === 'Bound',
        );
        if (!bound) return TIMING.retry;
        recordEvent(
          context,
          clone,
          'Normal',
          'PVCBound',
          `all PVC for clone ${ref.name} are bound`,
          'clone-controller',
        );
        deleteIfExists(context, k.vmRestore, namespace, clone.status.restoreName);
        if (source.kind === 'VirtualMachine' && clone.status.snapshotName)
          deleteIfExists(context, k.vmSnapshot, namespace, clone.status.snapshotName);
        update(clone, { snapshotName: null, restoreName: null }, [false, 'Ready'], [true, 'Ready']);
        return undefined;
      }
      const phase = clone.status?.phase ?? '';
      const snapshotName =
        source.kind === 'VirtualMachineSnapshot'
          ? source.name
          : (clone.status?.snapshotName ?? undefined);
      if (phase === '') return startClone(context, clone, { update, pending, fail });
      const snapshot = context.objects.get(k.vmSnapshot, namespace, snapshotName ?? '') as
        VMSnapshot | undefined;
      if (!snapshot)
        return fail(
          clone,
          'SnapshotDeleted',
          `snapshot ${snapshotName ?? ''} does not exist anymore`,
        );
      const content = context.objects.get(
        k.vmSnapshotContent,
        namespace,
        snapshot.status?.virtualMachineSnapshotContentName ?? '',
      ) as VMSnapshotContent | undefined;
      // §2.6 SnapshotInProgress: wait for readyToUse, then every PVC/DV volume needs a backup.
      if (phase === 'SnapshotInProgress') {
        if (snapshot.status?.readyToUse !== true || !content) return undefined;
        // §2.6: every PVC/DataVolume volume must have a backup, so a partial snapshot cannot be cloned.
        const vmSpec = content.spec.source.virtualMachine?.spec;
        for (const volume of vmSpec?.template.spec.volumes ?? []) {
          if (!volume.persistentVolumeClaim && !volume.dataVolume) continue;
          if (!(content.spec.volumeBackups ?? []).some((b) => b.volumeName === volume.name)) {
            return fail(
              clone,
              'SnapshotContentInvalid',
              `volume ${volume.name} is not backed up in snapshot ${snapshot.metadata.name}`,
            );
          }
        }
        if (hasBackendStorage(content.spec.source.virtualMachine))
          return fail(
            clone,
            'SourceVMWithBackendStorageInvalid',
            'Clone of source with backendstorage is not supported',
          );
        recordEvent(
          context,
          clone,
          'Normal',
          'SnapshotReady',
          `snapshot ${snapshot.metadata.name} for clone ${ref.name} is ready to use`,
          'clone-controller',
        );
        update(
          clone,
          { phase: 'RestoreInProgress' },
          [true, 'Still processing'],
          [false, 'Still processing'],
        );
        return undefined;
      }
      // §2.6 RestoreInProgress: tmp-restore-<uid> into the target; it passes restore admission (§2.4).
      if (phase === 'RestoreInProgress') {
        const restoreName = `tmp-restore-${clone.metadata.uid}`;
        const restore = context.objects.get(k.vmRestore, namespace, restoreName) as
          VMRestore | undefined;
        if (!restore) {
          try {
            createThroughAdmission(context, k.vmRestore, {
              apiVersion: 'snapshot.kubevirt.io/v1beta1',
              kind: 'VirtualMachineRestore',
              metadata: { name: restoreName, namespace, ownerReferences: [ownerReference(clone)] },
              spec: {
                target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: targetName },
                virtualMachineSnapshotName: snapshot.metadata.name,
                volumeRestorePolicy: clone.spec.volumeNamePolicy ?? 'RandomizeNames',
                patches: cloneRestorePatches(clone, content),
              },
            });
          } catch (error) {
            const message = `failed creating restore ${restoreName} for clone ${ref.name}: ${error instanceof ApiError ? error.message : String(error)}`;
            recordEvent(
              context,
              clone,
              'Warning',
              'RestoreCreationFailed',
              message,
              'clone-controller',
            );
            return TIMING.retry;
          }
          recordEvent(
            context,
            clone,
            'Normal',
            'RestoreCreated',
            `created restore ${restoreName} for clone ${ref.name}`,
            'clone-controller',
          );
          update(clone, { restoreName }, [true, 'Still processing'], [false, 'Still processing']);
          return undefined;
        }
        if (restore.status?.complete !== true) return undefined;
        recordEvent(
          context,
          clone,
          'Normal',
          'RestoreReady',
          `restore ${restoreName} for clone ${ref.name} is ready to use`,
          'clone-controller',
        );
        update(
          clone,
          { phase: 'CreatingTargetVM', targetName },
          [true, 'Still processing'],
          [false, 'Still processing'],
        );
        return undefined;
      }
      // §2.6 CreatingTargetVM: Succeeded once the target VM exists.
      if (phase === 'CreatingTargetVM' && context.objects.get(k.vm, namespace, targetName)) {
        recordEvent(
          context,
          clone,
          'Normal',
          'TargetVMCreated',
          `created target VM ${targetName} for clone ${ref.name}`,
          'clone-controller',
        );
        update(
          clone,
          { phase: 'Succeeded', creationTime: now(context) },
          [false, 'Ready'],
          [true, 'Ready'],
        );
      }
      return undefined;
    },
  };
}
