import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineInstanceModel, VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';

export type SnapshotSource = {
  /** The live VM (its status changes while the modal is open), else the one passed in. */
  vm: V1VirtualMachine;
  vmi: V1VirtualMachineInstance | undefined;
  /** Whether we know if a VMI exists: a 404 means "stopped", other errors mean "unknown". */
  vmiKnown: boolean;
};

/** Watches the VM and its instance for the Take snapshot modal. */
export const useSnapshotSource = (vm: V1VirtualMachine): SnapshotSource => {
  const name = vm.metadata?.name;
  const namespace = vm.metadata?.namespace;
  const live = useWatchObject<V1VirtualMachine>(VirtualMachineModel, name, namespace);
  const vmi = useWatchObject<V1VirtualMachineInstance>(
    VirtualMachineInstanceModel,
    name,
    namespace,
  );
  const current = live.data ?? vm;
  // The console keeps a deleted VMI as data until its next poll: a Stopped VM has none.
  const stopped = current.status?.printableStatus === 'Stopped';
  const vmiKnown = stopped || vmi.deleted || (!vmi.error && vmi.loaded);
  return { vm: current, vmi: stopped ? undefined : vmi.data, vmiKnown };
};
