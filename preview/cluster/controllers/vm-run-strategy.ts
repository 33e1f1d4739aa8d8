/** Run strategies (research §2.4 keeps them across a restore) and the VM's printableStatus. */
import type { DataVolume, VirtualMachine, VirtualMachineInstance } from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { conditionStatus, writeObject } from './helpers';

/** The run strategy in effect; the deprecated `running` maps to Always / Halted. */
export function runStrategyOf(vm: VirtualMachine): string {
  if (vm.spec.runStrategy) return vm.spec.runStrategy;
  return vm.spec.running === true ? 'Always' : 'Halted';
}

export function wantsToRun(vm: VirtualMachine, vmi: VirtualMachineInstance | undefined): boolean {
  const requests = vm.status?.stateChangeRequests ?? [];
  if (requests.some((r) => r.action === 'Stop')) return false;
  if (requests.some((r) => r.action === 'Start')) return true;
  switch (runStrategyOf(vm)) {
    case 'Always':
    case 'RerunOnFailure':
      return true;
    case 'Once':
      return vmi !== undefined || vm.status?.created !== true;
    case 'Manual':
      return vmi !== undefined && !vmi.metadata.deletionTimestamp;
    default:
      return false;
  }
}

/**
 * KubeVirt's `HasDataVolumeProvisioning`: a disk not Succeeded nor PendingPopulation, except an
 * unbound WaitForFirstConsumer one. (A Failed one is KubeVirt's DataVolumeError, not simulated.)
 */
const isProvisioning = (dv: DataVolume) => {
  const phase = dv.status?.phase;
  if (phase === 'Succeeded' || phase === 'PendingPopulation' || phase === 'Failed') return false;
  const bound = conditionStatus(dv.status?.conditions, 'Bound') === 'True';
  return bound || phase !== 'WaitForFirstConsumer';
};

export function printableStatus(
  vm: VirtualMachine,
  vmi: VirtualMachineInstance | undefined,
  dataVolumes: DataVolume[],
  run: boolean,
): string {
  if (vm.metadata.deletionTimestamp) return 'Terminating';
  if (vmi?.metadata.deletionTimestamp) return 'Stopping';
  if (vmi) {
    if (vmi.status?.phase === 'Running')
      return conditionStatus(vmi.status.conditions, 'Paused') === 'True' ? 'Paused' : 'Running';
    return 'Starting';
  }
  // KubeVirt ranks Provisioning above Stopped: a halted VM whose disks still import shows it.
  if (!run) return dataVolumes.some(isProvisioning) ? 'Provisioning' : 'Stopped';
  if (dataVolumes.some((dv) => dv.status?.phase === 'WaitForFirstConsumer'))
    return 'WaitingForVolumeBinding';
  if (dataVolumes.some((dv) => dv.status?.phase !== 'Succeeded')) return 'Provisioning';
  return 'Starting';
}

/** Clears the deprecated `running` field when a run strategy is set through an action. */
export function withRunStrategy(vm: VirtualMachine, strategy: string): VirtualMachine {
  const next = clone(vm);
  if (next.spec.running !== undefined) next.spec.running = strategy !== 'Halted';
  else next.spec.runStrategy = strategy;
  return next;
}

export function updateVm(context: ClusterContext, vm: VirtualMachine): VirtualMachine {
  return writeObject(context, kinds(context.registry).vm, vm);
}
