import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { condition } from '../status/snapshotStatus';

/** The phases a clone from a snapshot goes through, in order (research §2.6). */
export const CLONE_STEPS = ['SnapshotInProgress', 'RestoreInProgress', 'CreatingTargetVM'] as const;

export type CloneProgress =
  | { state: 'starting' }
  | { state: 'running'; step: number }
  | { state: 'pending'; reason?: string }
  | { state: 'succeeded'; targetName?: string }
  | { state: 'failed'; reason?: string }
  | { state: 'unknown'; phase: string };

/**
 * Where a clone is. Pending is not a phase: phase '' with Progressing=False/Pending waits
 * for something the user must fix, with the cause in the Ready condition's reason. The
 * controller sets reasons only, never messages.
 */
export const cloneProgress = (clone: V1beta1VirtualMachineClone | undefined): CloneProgress => {
  const status = clone?.status;
  const conditions = status?.conditions;
  const readyReason = condition(conditions, 'Ready')?.reason || undefined;
  const phase = status?.phase ?? '';
  if (phase === 'Succeeded') {
    return { state: 'succeeded', targetName: status?.targetName ?? clone?.spec.target?.name };
  }
  if (phase === 'Failed') {
    return {
      state: 'failed',
      reason: readyReason ?? (condition(conditions, 'Progressing')?.reason || undefined),
    };
  }
  const step = (CLONE_STEPS as readonly string[]).indexOf(phase);
  if (step >= 0) {
    return { state: 'running', step };
  }
  if (phase) {
    return { state: 'unknown', phase };
  }
  const progressing = condition(conditions, 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'Pending') {
    return { state: 'pending', reason: readyReason };
  }
  return { state: 'starting' };
};
