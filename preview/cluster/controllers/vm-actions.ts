/**
 * The VM lifecycle actions of KubeVirt's subresource API (start, stop, restart, pause,
 * unpause, freeze, unfreeze). Used by PUT .../virtualmachines/<name>/stop etc. and by the
 * restore controller's StopTarget policy.
 */
import { ApiError, errors } from '../api/errors';
import type { VirtualMachine, VirtualMachineInstance } from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { conditionStatus, now, withCondition, writeStatus } from './helpers';
import { runStrategyOf, updateVm, withRunStrategy } from './vm-run-strategy';

function conflict(message: string): ApiError {
  return new ApiError(409, 'Conflict', message);
}

function getVm(context: ClusterContext, namespace: string, name: string): VirtualMachine {
  return context.objects.mustGet(kinds(context.registry).vm, namespace, name) as VirtualMachine;
}

function getVmi(
  context: ClusterContext,
  namespace: string,
  name: string,
): VirtualMachineInstance | undefined {
  return context.objects.get(kinds(context.registry).vmi, namespace, name) as
    VirtualMachineInstance | undefined;
}

function requestChange(context: ClusterContext, vm: VirtualMachine, actions: string[]): void {
  writeStatus(context, kinds(context.registry).vm, vm, {
    ...vm.status,
    stateChangeRequests: actions.map((action) => ({
      action,
      ...(action === 'Stop'
        ? { uid: getVmi(context, vm.metadata.namespace ?? '', vm.metadata.name)?.metadata.uid }
        : {}),
    })),
  });
}

export const vmActions = {
  start(context: ClusterContext, namespace: string, name: string): void {
    const vm = getVm(context, namespace, name);
    const strategy = runStrategyOf(vm);
    if (vm.status?.restoreInProgress)
      throw conflict(
        `Cannot start VM while restore "${vm.status.restoreInProgress}" is in progress`,
      );
    if (strategy === 'Halted') updateVm(context, withRunStrategy(vm, 'Always'));
    else if (getVmi(context, namespace, name)) throw conflict('VM is already running');
    else requestChange(context, vm, ['Start']);
  },

  stop(context: ClusterContext, namespace: string, name: string): void {
    const vm = getVm(context, namespace, name);
    const strategy = runStrategyOf(vm);
    const vmi = getVmi(context, namespace, name);
    if (strategy === 'Halted' && !vmi) throw conflict('VM is not running');
    if (strategy === 'Manual') requestChange(context, vm, ['Stop']);
    else updateVm(context, withRunStrategy(vm, 'Halted'));
  },

  restart(context: ClusterContext, namespace: string, name: string): void {
    const vm = getVm(context, namespace, name);
    if (!getVmi(context, namespace, name)) throw conflict('VM is not running');
    requestChange(context, vm, ['Stop', 'Start']);
  },

  pause(context: ClusterContext, namespace: string, name: string): void {
    const vmi = getVmi(context, namespace, name);
    if (vmi?.status?.phase !== 'Running') throw conflict(`VMI is not running`);
    if (conditionStatus(vmi.status.conditions, 'Paused') === 'True')
      throw conflict('VMI is already paused');
    const conditions = withCondition(
      vmi.status.conditions,
      { type: 'Paused', status: 'True', reason: 'PausedByUser', message: 'VMI was paused by user' },
      now(context),
    );
    writeStatus(context, kinds(context.registry).vmi, vmi, { ...clone(vmi.status), conditions });
  },

  unpause(context: ClusterContext, namespace: string, name: string): void {
    const vmi = getVmi(context, namespace, name);
    if (conditionStatus(vmi?.status?.conditions, 'Paused') !== 'True' || !vmi)
      throw conflict('VMI is not paused');
    // research §2.2: no unpause while a snapshot holds the VM.
    const snapshot = (
      context.objects.get(kinds(context.registry).vm, namespace, name) as VirtualMachine | undefined
    )?.status?.snapshotInProgress;
    if (snapshot) throw conflict(`Cannot unpause VMI while snapshot "${snapshot}" is in progress`);
    const conditions = (vmi.status?.conditions ?? []).filter((c) => c.type !== 'Paused');
    writeStatus(context, kinds(context.registry).vmi, vmi, { ...clone(vmi.status), conditions });
  },

  freeze(context: ClusterContext, namespace: string, name: string, frozen: boolean): void {
    const vmi = getVmi(context, namespace, name);
    if (vmi?.status?.phase !== 'Running') throw conflict('VMI is not running');
    const status = { ...clone(vmi.status) };
    if (frozen) status.fsFreezeStatus = 'frozen';
    else delete status.fsFreezeStatus;
    writeStatus(context, kinds(context.registry).vmi, vmi, status);
  },
};

export type VmActionName =
  'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'freeze' | 'unfreeze';

export function runVmAction(
  context: ClusterContext,
  action: VmActionName,
  namespace: string,
  name: string,
): void {
  switch (action) {
    case 'freeze':
    case 'unfreeze':
      vmActions.freeze(context, namespace, name, action === 'freeze');
      return;
    case 'start':
    case 'stop':
    case 'restart':
    case 'pause':
    case 'unpause':
      vmActions[action](context, namespace, name);
      return;
    default:
      throw errors.badRequest(`unknown action ${String(action)}`);
  }
}
