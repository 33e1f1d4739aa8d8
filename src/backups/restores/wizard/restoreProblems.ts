import type { NameProblem } from '@shared/validation/dns1123';
import type { VMRef } from '../../scope/productLabels';
import type { DiskRef } from '../build/snapshotSelectors';
import type { Conflict } from '../conflicts/findConflicts';

/** Why the wizard cannot send its Restore yet (issue 13 part 5); empty when it can. */
export type RestoreProblem =
  | { code: 'no-source' }
  | { code: 'list-unreadable'; message: string }
  | { code: 'no-vm' }
  | { code: 'unselectable'; vms: VMRef[] }
  | { code: 'snapshots-left-out'; disks: DiskRef[] }
  | { code: 'several-namespaces'; namespaces: string[] }
  | { code: 'namespace-name'; problem: NameProblem }
  | { code: 'namespace-missing'; namespace: string }
  | { code: 'no-vm-access'; namespace: string }
  | { code: 'conflicts'; conflicts: Conflict[] }
  /** Non-admin mode: the target is fixed, deleting first is the only way. */
  | { code: 'conflicts-fixed-target'; conflicts: Conflict[] }
  | { code: 'not-deletable'; conflicts: Conflict[] }
  | { code: 'no-restore-access'; reason: string };

export type ConflictChoice = 'none' | 'delete-first';

export type ProblemInput = {
  source: boolean;
  listError?: string;
  picked: VMRef[];
  unselectable: VMRef[];
  snapshotsLeftOut?: DiskRef[];
  target: string;
  targetNameProblem?: NameProblem;
  targetExists: boolean;
  mayCreateNamespace: boolean;
  mayCreateVMs: boolean;
  conflicts: Conflict[];
  conflictChoice: ConflictChoice;
  mayRestore: { allowed: boolean; reason: string };
};

const sameVM = (a: VMRef, b: VMRef) => a.namespace === b.namespace && a.name === b.name;

export const restoreProblems = (input: ProblemInput): RestoreProblem[] => {
  const problems: RestoreProblem[] = [];
  if (!input.mayRestore.allowed)
    problems.push({ code: 'no-restore-access', reason: input.mayRestore.reason });
  if (!input.source) return [...problems, { code: 'no-source' }];
  if (input.listError) return [...problems, { code: 'list-unreadable', message: input.listError }];
  if (input.picked.length === 0) problems.push({ code: 'no-vm' });
  // One target per restore: the conflict check and the mapping are for one source namespace.
  const namespaces = [...new Set(input.picked.map((p) => p.namespace))].sort();
  if (namespaces.length > 1) problems.push({ code: 'several-namespaces', namespaces });
  if (input.unselectable.length > 0)
    problems.push({ code: 'unselectable', vms: input.unselectable });
  if (input.snapshotsLeftOut?.length)
    problems.push({ code: 'snapshots-left-out', disks: input.snapshotsLeftOut });
  if (input.targetNameProblem) {
    problems.push({ code: 'namespace-name', problem: input.targetNameProblem });
    return problems;
  }
  if (!input.targetExists && !input.mayCreateNamespace)
    problems.push({ code: 'namespace-missing', namespace: input.target });
  else if (!input.mayCreateVMs) problems.push({ code: 'no-vm-access', namespace: input.target });
  if (input.conflicts.length > 0 && input.conflictChoice === 'none')
    problems.push({ code: 'conflicts', conflicts: input.conflicts });
  if (input.conflictChoice === 'delete-first') {
    // Deleting a VM takes its DataVolumes and their PVCs; a claim of no existing VM stays.
    const existingVMs = input.conflicts.filter((c) => c.kind === 'VirtualMachine');
    const stays = input.conflicts.filter(
      (c) => c.kind !== 'VirtualMachine' && !existingVMs.some((v) => sameVM(v.vm, c.vm)),
    );
    if (stays.length > 0) problems.push({ code: 'not-deletable', conflicts: stays });
  }
  return problems;
};
