import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';

/** What the VM's current state means for this snapshot (mirrors KubeVirt's indications). */
export type RuntimeNote =
  | { kind: 'guestAgent' }
  | { kind: 'noGuestAgent' }
  | { kind: 'paused' }
  | { kind: 'snapshotInProgress'; snapshotName: string };

const hasTrueCondition = (vmi: V1VirtualMachineInstance | undefined, type: string) =>
  !!vmi?.status?.conditions?.some((c) => c.type === type && c.status === 'True');

/**
 * @param vmi the VM's instance, when one exists
 * @param vmiKnown false while the VMI watch has not answered (or was refused): the
 *   guest-agent notes are then left out rather than guessed
 */
export const snapshotRuntimeNotes = (
  vm: V1VirtualMachine,
  vmi: V1VirtualMachineInstance | undefined,
  vmiKnown: boolean,
): RuntimeNote[] => {
  const notes: RuntimeNote[] = [];
  const inProgress = vm.status?.snapshotInProgress;
  if (inProgress) {
    notes.push({ kind: 'snapshotInProgress', snapshotName: inProgress });
  }
  if (vm.status?.printableStatus === 'Paused' || hasTrueCondition(vmi, 'Paused')) {
    notes.push({ kind: 'paused' });
  } else if (vmiKnown && (vmi || vm.status?.printableStatus === 'Running')) {
    // KubeVirt freezes the guest only when the agent is connected.
    notes.push({ kind: hasTrueCondition(vmi, 'AgentConnected') ? 'guestAgent' : 'noGuestAgent' });
  }
  return notes;
};
