/**
 * Simulated virt-controller for VirtualMachines: DataVolumes from dataVolumeTemplates, run
 * strategy → VirtualMachineInstance, and the status the plugin reads (printableStatus,
 * conditions, volumeSnapshotStatuses; research/kubevirt-snapshots.md §2.3).
 */
import type {
  Condition,
  DataVolume,
  VirtualMachine,
  VirtualMachineInstance,
} from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import {
  addFinalizer,
  conditionStatus,
  now,
  ownerReference,
  recordEvent,
  removeFinalizer,
  withCondition,
  writeStatus,
} from './helpers';
import { CREATED_BY_LABEL } from './launcher-pods';
import type { ObjectRef, Reconciler } from './runtime';
import { printableStatus, runStrategyOf, wantsToRun } from './vm-run-strategy';
import { volumeSnapshotStatuses } from './volume-snapshot-status';

export const VM_FINALIZER = 'kubevirt.io/virtualMachineControllerFinalize';

export function virtualMachineController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const all = (namespace?: string) =>
    context.objects
      .list(k.vm, namespace)
      .map((v) => ({ namespace: v.metadata.namespace, name: v.metadata.name }));

  function ensureDataVolumes(vm: VirtualMachine): DataVolume[] {
    return (vm.spec.dataVolumeTemplates ?? [])
      .map((template) => {
        const existing = context.objects.get(
          k.dataVolume,
          vm.metadata.namespace,
          template.metadata.name,
        ) as DataVolume | undefined;
        if (existing || vm.status?.restoreInProgress) return existing;
        return context.objects.create(k.dataVolume, {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'DataVolume',
          metadata: {
            ...clone(template.metadata),
            // virt-controller's createDataVolumeManifest: the VM's UID first, then the template's.
            labels: { [CREATED_BY_LABEL]: vm.metadata.uid, ...template.metadata.labels },
            namespace: vm.metadata.namespace,
            ownerReferences: [ownerReference(vm)],
          },
          spec: clone(template.spec),
        }) as DataVolume;
      })
      .filter((dv): dv is DataVolume => dv !== undefined);
  }

  /** A lock whose snapshot or restore no longer exists is released (it was deleted mid-way). */
  function releaseStaleLocks(vm: VirtualMachine): VirtualMachine {
    const status = { ...vm.status };
    const snapshot = status.snapshotInProgress;
    if (snapshot && !context.objects.get(k.vmSnapshot, vm.metadata.namespace, snapshot))
      delete status.snapshotInProgress;
    const restore = status.restoreInProgress;
    if (restore && !context.objects.get(k.vmRestore, vm.metadata.namespace, restore))
      delete status.restoreInProgress;
    if (status.snapshotInProgress === snapshot && status.restoreInProgress === restore) return vm;
    let next = writeStatus(context, k.vm, vm, status);
    if (!status.snapshotInProgress)
      next = removeFinalizer(
        context,
        k.vm,
        next,
        'snapshot.kubevirt.io/snapshot-source-protection',
      );
    return next;
  }

  function startVmi(vm: VirtualMachine): void {
    context.objects.create(k.vmi, {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstance',
      metadata: {
        name: vm.metadata.name,
        namespace: vm.metadata.namespace,
        labels: { ...vm.spec.template.metadata?.labels, [CREATED_BY_LABEL]: vm.metadata.uid },
        annotations: { ...vm.spec.template.metadata?.annotations },
        finalizers: ['foregroundDeleteVirtualMachine'],
        ownerReferences: [ownerReference(vm)],
      },
      spec: clone(vm.spec.template.spec),
      status: { phase: 'Pending' },
    });
    recordEvent(
      context,
      vm,
      'Normal',
      'SuccessfulCreate',
      `Started the virtual machine by creating the new virtual machine instance ${vm.metadata.name}`,
      'virtualmachine-controller',
    );
  }

  return {
    name: 'virtualmachine',
    primary: k.vm,
    watches: [
      {
        type: k.vmi,
        map: (e) => [{ namespace: e.object.metadata.namespace, name: e.object.metadata.name }],
      },
      { type: k.dataVolume },
      { type: k.pvc },
      { type: k.storageClass, map: () => all() },
      { type: k.volumeSnapshotClass, map: () => all() },
      {
        type: k.vmSnapshot,
        map: (e) =>
          e.type === 'DELETED'
            ? [
                {
                  namespace: e.object.metadata.namespace,
                  name:
                    (e.object.spec as { source?: { name?: string } } | undefined)?.source?.name ??
                    '',
                },
              ]
            : [],
      },
      {
        type: k.vmRestore,
        map: (e) =>
          e.type === 'DELETED'
            ? [
                {
                  namespace: e.object.metadata.namespace,
                  name:
                    (e.object.spec as { target?: { name?: string } } | undefined)?.target?.name ??
                    '',
                },
              ]
            : [],
      },
      { type: k.storageProfile, map: () => all() },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      let vm = context.objects.get(k.vm, ref.namespace, ref.name) as VirtualMachine | undefined;
      if (!vm) return;
      const vmi = context.objects.get(k.vmi, ref.namespace, ref.name) as
        VirtualMachineInstance | undefined;
      if (vm.metadata.deletionTimestamp) {
        if (vmi && !vmi.metadata.deletionTimestamp)
          context.objects.delete(k.vmi, ref.namespace, ref.name);
        if (!vmi) vm = removeFinalizer(context, k.vm, vm, VM_FINALIZER);
        if (context.objects.get(k.vm, ref.namespace, ref.name))
          writeStatus(context, k.vm, vm, { ...vm.status, printableStatus: 'Terminating' });
        return;
      }
      vm = addFinalizer(context, k.vm, vm, VM_FINALIZER);
      vm = releaseStaleLocks(vm);
      const dataVolumes = ensureDataVolumes(vm);
      const run = wantsToRun(vm, vmi);
      const volumesReady = dataVolumes.every(
        (dv) => dv.status?.phase === 'Succeeded' || dv.status?.phase === 'WaitForFirstConsumer',
      );
      if (run && !vmi && volumesReady && !vm.status?.restoreInProgress) startVmi(vm);
      if (!run && vmi && !vmi.metadata.deletionTimestamp) {
        context.objects.delete(k.vmi, ref.namespace, ref.name);
        recordEvent(
          context,
          vm,
          'Normal',
          'SuccessfulDelete',
          `Stopped the virtual machine by deleting the virtual machine instance ${vmi.metadata.uid}`,
          'virtualmachine-controller',
        );
      }
      // A Stop request is done once the VMI is gone; a Start request once a VMI exists.
      const requests = (vm.status?.stateChangeRequests ?? []).filter((r) =>
        r.action === 'Stop' ? vmi !== undefined : !vmi,
      );
      const current = context.objects.get(k.vmi, ref.namespace, ref.name) as
        VirtualMachineInstance | undefined;
      const time = now(context);
      let conditions: Condition[] = [];
      const ready =
        current?.status?.phase === 'Running' &&
        conditionStatus(current.status.conditions, 'Ready') === 'True';
      conditions = withCondition(
        vm.status?.conditions,
        {
          type: 'Ready',
          status: ready ? 'True' : 'False',
          reason: current ? (ready ? '' : 'PodNotReady') : 'VMINotExists',
          message: current ? '' : 'VMI does not exist',
        },
        time,
      );
      for (const type of ['Paused', 'AgentConnected']) {
        const fromVmi = current?.status?.conditions?.find((c) => c.type === type);
        conditions = fromVmi
          ? withCondition(conditions, fromVmi, time)
          : conditions.filter((c) => c.type !== type);
      }
      const dvReady = dataVolumes.every((dv) => dv.status?.phase === 'Succeeded');
      conditions = withCondition(
        conditions,
        {
          type: 'DataVolumesReady',
          status: dvReady ? 'True' : 'False',
          reason: dvReady ? 'AllDVsReady' : 'NotAllDVsReady',
        },
        time,
      );
      const status: NonNullable<VirtualMachine['status']> = {
        ...vm.status,
        printableStatus: printableStatus(vm, current, dataVolumes, run),
        ready,
        created: current !== undefined,
        runStrategy: runStrategyOf(vm),
        conditions,
        volumeSnapshotStatuses: volumeSnapshotStatuses(context, vm),
        desiredGeneration: vm.metadata.generation,
        observedGeneration: vm.metadata.generation,
      };
      if (requests.length > 0) status.stateChangeRequests = requests;
      else delete status.stateChangeRequests;
      writeStatus(context, k.vm, vm, status);
      return undefined;
    },
  };
}
