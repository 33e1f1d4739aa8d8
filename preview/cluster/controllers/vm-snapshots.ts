/**
 * Simulated KubeVirt snapshot controller for VirtualMachineSnapshots (research §2.2): lock the
 * VM, create the content, phases InProgress → Succeeded / Failed (deadline), readiness mirrored
 * from the content, indications, excluded volumes, deletion policy, unlock.
 */
import type { VMSnapshot, VMSnapshotContent, VirtualMachine } from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { parseGoDuration } from '../storage/clock';
import { addFinalizer, deleteIfExists, recordEvent, removeFinalizer, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { snapshotStatus } from './snapshot-status';
import {
  capturedSpec,
  indications,
  lock,
  lockProblem,
  unlock,
  volumeBackups,
} from './snapshot-source';
import { TIMING } from './simulation';

export const VM_SNAPSHOT_FINALIZER = 'snapshot.kubevirt.io/vmsnapshot-protection';
export const CONTENT_FINALIZER = 'snapshot.kubevirt.io/vmsnapshotcontent-protection';
const DEFAULT_FAILURE_DEADLINE = 5 * 60_000;

export const contentNameOf = (s: VMSnapshot) =>
  s.status?.virtualMachineSnapshotContentName ?? `vmsnapshot-content-${s.metadata.uid}`;
const progressing = (s: VMSnapshot) =>
  !s.status?.error &&
  s.status?.readyToUse !== true &&
  s.status?.phase !== 'Failed' &&
  s.status?.phase !== 'Succeeded';
const shouldDeleteContent = (s: VMSnapshot, c: VMSnapshotContent) =>
  (s.spec.deletionPolicy ?? 'Delete') === 'Delete' || c.status?.readyToUse !== true;

export function vmSnapshotController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  /**
   * Snapshots that a change of their VM, VMI or PVCs can still move: unfinished ones, ones
   * being deleted, and the lock holder. Finished snapshots ignore those changes, so thousands
   * of them are not re-read on every VM status update.
   */
  const stillMoving = (namespace: string | undefined, vmName?: string) => {
    const holder =
      vmName === undefined
        ? undefined
        : (context.objects.get(k.vm, namespace, vmName) as VirtualMachine | undefined)?.status
            ?.snapshotInProgress;
    return (context.objects.list(k.vmSnapshot, namespace) as VMSnapshot[])
      .filter(
        (s) =>
          (vmName === undefined || s.spec.source.name === vmName) &&
          (progressing(s) || !!s.metadata.deletionTimestamp || s.metadata.name === holder),
      )
      .map((s) => ({ namespace, name: s.metadata.name }));
  };

  /** §2.2: ms of simulated time left before the failure deadline (undefined: no deadline). */
  function timeUntilDeadline(snapshot: VMSnapshot): number | undefined {
    const deadline =
      snapshot.spec.failureDeadline === undefined
        ? DEFAULT_FAILURE_DEADLINE
        : (parseGoDuration(snapshot.spec.failureDeadline) ?? DEFAULT_FAILURE_DEADLINE);
    if (deadline === 0) return undefined;
    return deadline - context.clock.simulatedSince(context.clock.creationOf(snapshot));
  }

  function deadlineExceeded(snapshot: VMSnapshot): boolean {
    if (snapshot.status?.phase === 'Failed') return true;
    if (snapshot.status?.phase !== 'InProgress') return false;
    const left = timeUntilDeadline(snapshot);
    return left !== undefined && left < 0;
  }

  function createContent(snapshot: VMSnapshot, vm: VirtualMachine): void {
    const { backups } = volumeBackups(context, vm, snapshot);
    const meta = vm.metadata;
    context.objects.create(k.vmSnapshotContent, {
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshotContent',
      metadata: {
        name: contentNameOf(snapshot),
        namespace: snapshot.metadata.namespace,
        finalizers: [CONTENT_FINALIZER],
        labels: { 'snapshot.kubevirt.io/source-vm-name': meta.name },
      },
      spec: {
        source: {
          virtualMachine: {
            apiVersion: 'kubevirt.io/v1',
            kind: 'VirtualMachine',
            metadata: {
              name: meta.name,
              namespace: meta.namespace,
              uid: meta.uid,
              generation: meta.generation,
              ...(meta.labels ? { labels: meta.labels } : {}),
              ...(meta.annotations ? { annotations: meta.annotations } : {}),
            },
            spec: capturedSpec(context, vm),
          },
        },
        virtualMachineSnapshotName: snapshot.metadata.name,
        volumeBackups: backups,
      },
    });
    recordEvent(
      context,
      snapshot,
      'Normal',
      'SuccessfulVirtualMachineSnapshotContentCreate',
      `Successfully created VirtualMachineSnapshotContent ${contentNameOf(snapshot)}`,
      'snapshot-controller',
    );
  }

  return {
    name: 'virtualmachinesnapshot',
    primary: k.vmSnapshot,
    watches: [
      { type: k.vm, map: (e) => stillMoving(e.object.metadata.namespace, e.object.metadata.name) },
      { type: k.vmi, map: (e) => stillMoving(e.object.metadata.namespace, e.object.metadata.name) },
      { type: k.pvc, map: (e) => stillMoving(e.object.metadata.namespace) },
      {
        type: k.vmSnapshotContent,
        map: (e) => [
          {
            namespace: e.object.metadata.namespace,
            name:
              (e.object.spec as VMSnapshotContent['spec'] | undefined)
                ?.virtualMachineSnapshotName ?? '',
          },
        ],
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      let snapshot = context.objects.get(k.vmSnapshot, ref.namespace, ref.name) as
        VMSnapshot | undefined;
      if (!snapshot) return;
      const vm = context.objects.get(k.vm, ref.namespace, snapshot.spec.source.name) as
        VirtualMachine | undefined;
      const content = context.objects.get(
        k.vmSnapshotContent,
        ref.namespace,
        contentNameOf(snapshot),
      ) as VMSnapshotContent | undefined;
      const terminating = !!snapshot.metadata.deletionTimestamp || deadlineExceeded(snapshot);
      // §2.2/§2.5: deleting the snapshot deletes its content per deletionPolicy, then unlocks.
      if (snapshot.metadata.deletionTimestamp) {
        if (content && shouldDeleteContent(snapshot, content))
          deleteIfExists(context, k.vmSnapshotContent, ref.namespace, content.metadata.name);
        if (vm) unlock(context, vm, snapshot);
        const stillThere = context.objects.get(
          k.vmSnapshotContent,
          ref.namespace,
          contentNameOf(snapshot),
        );
        if (!stillThere || !shouldDeleteContent(snapshot, stillThere as VMSnapshotContent)) {
          removeFinalizer(context, k.vmSnapshot, snapshot, VM_SNAPSHOT_FINALIZER);
          return;
        }
        writeStatus(
          context,
          k.vmSnapshot,
          snapshot,
          snapshotStatus(context, snapshot, vm, content, undefined, deadlineExceeded(snapshot)),
        );
        return 1000;
      }
      snapshot = addFinalizer(context, k.vmSnapshot, snapshot, VM_SNAPSHOT_FINALIZER);
      let lockMessage: string | undefined;
      let retry: number | undefined;
      if (vm && progressing(snapshot) && !terminating) {
        // §2.2 "One snapshot at a time per VM": take the lock first, retry while it is held.
        if (vm.status?.snapshotInProgress !== snapshot.metadata.name) {
          lockMessage = lockProblem(context, vm, snapshot);
          if (!lockMessage) {
            const locked = lock(context, vm, snapshot);
            // §2.2: offline snapshots carry no indications at all.
            const found = indications(context, locked);
            if (found.length > 0)
              snapshot = writeStatus(context, k.vmSnapshot, snapshot, {
                ...snapshot.status,
                indications: found,
              });
          }
          retry = TIMING.retry;
          // §2.2: the content is only made once the source is locked.
        } else if (!content) createContent(snapshot, vm);
      } else if (
        vm &&
        (!progressing(snapshot) ||
          (terminating && (!content || !shouldDeleteContent(snapshot, content))))
      ) {
        // §2.2: unlock when done, or when failed/deleted and the content is gone if it must be.
        unlock(context, vm, snapshot);
      }
      // §2.2 deletionPolicy: Delete (default) removes the content; an unready content always goes.
      if (
        terminating &&
        content &&
        shouldDeleteContent(snapshot, content) &&
        !content.metadata.deletionTimestamp
      ) {
        context.objects.delete(k.vmSnapshotContent, ref.namespace, content.metadata.name);
      }
      const latestContent = context.objects.get(
        k.vmSnapshotContent,
        ref.namespace,
        contentNameOf(snapshot),
      ) as VMSnapshotContent | undefined;
      const updated = writeStatus(
        context,
        k.vmSnapshot,
        snapshot,
        snapshotStatus(
          context,
          snapshot,
          vm,
          latestContent,
          lockMessage,
          deadlineExceeded(snapshot),
        ),
      );
      if (updated.status?.phase === 'Failed' && snapshot.status?.phase !== 'Failed') {
        recordEvent(
          context,
          updated,
          'Warning',
          'VirtualMachineSnapshotFailed',
          'snapshot deadline exceeded',
          'snapshot-controller',
        );
      }
      if (!progressing(updated)) return undefined;
      const left = timeUntilDeadline(updated);
      const waits = [retry, left === undefined ? undefined : Math.max(left + 1, 1)].filter(
        (w): w is number => w !== undefined,
      );
      return waits.length > 0 ? Math.min(...waits) : undefined;
    },
  };
}
