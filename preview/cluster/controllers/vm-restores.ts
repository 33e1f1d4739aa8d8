/**
 * Simulated KubeVirt restore controller (research §2.4): a usable snapshot, a target that is
 * ready (no VMI) per targetReadinessPolicy, the restoreInProgress lock, claims from the
 * VolumeSnapshots per volumeRestorePolicy, the VM spec replaced (run strategy kept) or the VM
 * created, stale DataVolumes deleted, then complete.
 */
import type {
  Condition,
  VMRestore,
  VMSnapshot,
  VMSnapshotContent,
  VirtualMachine,
} from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { formatGoDuration } from '../storage/clock';
import {
  now,
  ownerReference,
  recordEvent,
  withCondition,
  writeObject,
  writeStatus,
} from './helpers';
import { LAST_RESTORE_ANNOTATION, writeRestoreTarget } from './restore-target';
import { reconcileClaims, restoredSpec } from './restore-volumes';
import type { ObjectRef, Reconciler } from './runtime';
import { vmiOf } from './snapshot-source';
import { TIMING } from './simulation';
import { runStrategyOf } from './vm-run-strategy';
import { vmActions } from './vm-actions';

const GRACE_PERIOD = 5 * 60_000;
type Status = NonNullable<VMRestore['status']>;

export function vmRestoreController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const byTarget = (namespace: string | undefined, name: string) =>
    (context.objects.list(k.vmRestore, namespace) as VMRestore[])
      .filter((r) => r.spec.target.name === name)
      .map((r) => ({ namespace, name: r.metadata.name }));

  function setStatus(
    restore: VMRestore,
    changes: Partial<Status>,
    conditions: Omit<Condition, 'lastTransitionTime'>[],
  ): VMRestore {
    const time = now(context);
    let list = restore.status?.conditions;
    for (const condition of conditions) list = withCondition(list, condition, time);
    return writeStatus(context, k.vmRestore, restore, {
      complete: false,
      ...restore.status,
      ...changes,
      conditions: list ?? [],
    });
  }

  /** A retryable problem: Progressing=False and Ready=False with the reason, as upstream. */
  function waitWith(restore: VMRestore, reason: string, event?: string): number {
    const changed = restore.status?.conditions?.find((c) => c.type === 'Ready')?.reason !== reason;
    const updated = setStatus(restore, {}, [
      { type: 'Progressing', status: 'False', reason },
      { type: 'Ready', status: 'False', reason },
    ]);
    if (changed && event)
      recordEvent(context, updated, 'Warning', event, reason, 'restore-controller');
    return TIMING.retry;
  }

  function fail(restore: VMRestore, reason: string): undefined {
    const updated = setStatus(restore, {}, [
      { type: 'Progressing', status: 'False', reason },
      { type: 'Ready', status: 'False', reason },
      { type: 'Failure', status: 'True', reason },
    ]);
    recordEvent(
      context,
      updated,
      'Warning',
      'VirtualMachineRestoreError',
      reason,
      'restore-controller',
    );
    return undefined;
  }

  /** §2.4 "Running target": what each targetReadinessPolicy does while a VMI exists. */
  function targetNotReady(restore: VMRestore, target: VirtualMachine): number | undefined {
    const policy = restore.spec.targetReadinessPolicy ?? 'WaitGracePeriod';
    const grace = formatGoDuration(GRACE_PERIOD);
    if (policy === 'FailImmediate')
      return fail(restore, 'Restore target VMI must be powered off before restore operation');
    if (policy === 'StopTarget') {
      if (runStrategyOf(target) !== 'Halted' && !vmiOf(context, target)?.metadata.deletionTimestamp)
        vmActions.stop(context, target.metadata.namespace ?? '', target.metadata.name);
      setStatus(restore, {}, [
        {
          type: 'Progressing',
          status: 'True',
          reason: 'Automatically stopping restore target for restore operation',
        },
        { type: 'Ready', status: 'False', reason: 'Waiting for target to be ready' },
      ]);
      return TIMING.restoreStep;
    }
    const left = GRACE_PERIOD - context.clock.simulatedSince(context.clock.creationOf(restore));
    if (policy === 'WaitGracePeriod' && left <= 0) {
      return fail(
        restore,
        `Restore target failed to be ready within ${grace}. Please power off the target VM before attempting restore`,
      );
    }
    const waiting =
      policy === 'WaitGracePeriod'
        ? `Waiting for target VM to be powered off. Please stop the restore target to proceed with restore, or the operation will fail after ${grace}`
        : 'Waiting for target VM to be powered off. Please stop the restore target to proceed with restore';
    const first =
      restore.status?.conditions?.find((c) => c.type === 'Progressing')?.reason !== waiting;
    const updated = setStatus(restore, {}, [
      { type: 'Progressing', status: 'True', reason: waiting },
      { type: 'Ready', status: 'False', reason: 'Waiting for target to be ready' },
    ]);
    if (first)
      recordEvent(
        context,
        updated,
        'Warning',
        'RestoreTargetNotReady',
        waiting,
        'restore-controller',
      );
    return policy === 'WaitGracePeriod' ? Math.min(TIMING.retry, left + 1) : TIMING.retry;
  }

  function setLock(target: VirtualMachine, holder: string | undefined): void {
    const status = { ...target.status };
    if (holder) status.restoreInProgress = holder;
    else delete status.restoreInProgress;
    writeStatus(context, k.vm, target, status);
  }

  return {
    name: 'virtualmachinerestore',
    primary: k.vmRestore,
    watches: [
      { type: k.vm, map: (e) => byTarget(e.object.metadata.namespace, e.object.metadata.name) },
      { type: k.vmi, map: (e) => byTarget(e.object.metadata.namespace, e.object.metadata.name) },
      { type: k.vmSnapshot },
      { type: k.vmSnapshotContent },
      { type: k.pvc },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      let restore = context.objects.get(k.vmRestore, ref.namespace, ref.name) as
        VMRestore | undefined;
      const target = restore
        ? (context.objects.get(k.vm, ref.namespace, restore.spec.target.name) as
            VirtualMachine | undefined)
        : undefined;
      if (!restore || restore.metadata.deletionTimestamp || restore.status?.complete === true) {
        if (target?.status?.restoreInProgress === ref.name && restore?.status?.complete !== false)
          setLock(target, undefined);
        return undefined;
      }
      if (restore.status?.conditions?.some((c) => c.type === 'Failure' && c.status === 'True'))
        return undefined;
      if (!restore.status)
        restore = setStatus(restore, { complete: false }, [
          { type: 'Progressing', status: 'True', reason: 'Initializing VirtualMachineRestore' },
          { type: 'Ready', status: 'False', reason: 'Initializing VirtualMachineRestore' },
        ]);
      // §2.5: the restore is owned by its target VM unless it has owners already.
      if (target && (restore.metadata.ownerReferences ?? []).length === 0)
        restore = writeObject(context, k.vmRestore, {
          ...clone(restore),
          metadata: {
            ...clone(restore.metadata),
            ownerReferences: [ownerReference(target, false, false)],
          },
        });
      const snapshotName = restore.spec.virtualMachineSnapshotName;
      const snapshot = context.objects.get(k.vmSnapshot, ref.namespace, snapshotName) as
        VMSnapshot | undefined;
      if (!snapshot)
        return waitWith(
          restore,
          `VMSnapshot ${snapshotName} does not exist`,
          'VirtualMachineRestoreError',
        );
      // §2.4 "Snapshot must be usable": not Failed and readyToUse, else a retried error condition.
      if (snapshot.status?.phase === 'Failed')
        return waitWith(
          restore,
          `VMSnapshot ${snapshotName} failed and is invalid to use`,
          'VirtualMachineRestoreError',
        );
      const content = context.objects.get(
        k.vmSnapshotContent,
        ref.namespace,
        snapshot.status?.virtualMachineSnapshotContentName ?? '',
      ) as VMSnapshotContent | undefined;
      if (snapshot.status?.readyToUse !== true || content?.status?.readyToUse !== true)
        return waitWith(
          restore,
          `VMSnapshot ${snapshotName} not ready`,
          'VirtualMachineRestoreError',
        );
      const marker = `${snapshotName}-${snapshot.status.sourceUID ?? ''}`;
      // §2.4 "Same-name, different VM": an existing target must be the snapshotted VM.
      if (
        target &&
        target.metadata.uid !== snapshot.status.sourceUID &&
        target.metadata.annotations?.[LAST_RESTORE_ANNOTATION] !== marker &&
        target.status?.restoreInProgress !== ref.name
      ) {
        return waitWith(
          restore,
          'restore source and restore target are different but restore target already exists',
          'VirtualMachineRestoreError',
        );
      }
      // §2.4 "Running target": ready means no VMI exists (a paused VM is not ready).
      if (target && vmiOf(context, target)) return targetNotReady(restore, target);
      // §2.4: restoreInProgress holds the target for the whole restore.
      if (target && target.status?.restoreInProgress !== ref.name) {
        setLock(target, ref.name);
        setStatus(restore, {}, [
          { type: 'Progressing', status: 'True', reason: 'Creating new PVCs' },
          { type: 'Ready', status: 'False', reason: 'Waiting for new PVCs' },
        ]);
        return TIMING.restoreStep;
      }
      // §2.4 effects: claims per volumeRestorePolicy, then the VM spec (run strategy kept).
      const { restores, ready } = reconcileClaims(context, restore, content, target);
      restore = setStatus(restore, { restores }, []);
      if (!ready) return TIMING.restoreStep;
      const { vm, deleted } = writeRestoreTarget(
        context,
        restore,
        content,
        snapshot,
        target,
        restoredSpec(restore, content, restores),
      );
      if (!target && (restore.spec.volumeOwnershipPolicy ?? 'Vm') === 'Vm') {
        for (const r of restores) {
          const pvc = context.objects.get(k.pvc, ref.namespace, r.persistentVolumeClaim);
          if (pvc && !(pvc.metadata.ownerReferences ?? []).length)
            writeObject(context, k.pvc, {
              ...clone(pvc),
              metadata: {
                ...clone(pvc.metadata),
                ownerReferences: [ownerReference(vm, true, false)],
              },
            });
        }
      }
      const done = setStatus(
        restore,
        {
          complete: true,
          restoreTime: now(context),
          ...(deleted.length > 0 ? { deletedDataVolumes: deleted } : {}),
        },
        [
          { type: 'Progressing', status: 'False', reason: 'Operation complete' },
          { type: 'Ready', status: 'True', reason: 'Operation complete' },
        ],
      );
      const latest = context.objects.get(k.vm, ref.namespace, vm.metadata.name) as
        VirtualMachine | undefined;
      if (latest) setLock(latest, undefined);
      recordEvent(
        context,
        done,
        'Normal',
        'VirtualMachineRestoreComplete',
        `Successfully completed VirtualMachineRestore ${ref.name}`,
        'restore-controller',
      );
      return undefined;
    },
  };
}
