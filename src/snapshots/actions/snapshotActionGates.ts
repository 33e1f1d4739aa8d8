import type {
  V1VirtualMachine,
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';
import { incompleteRestores } from '../status/lastRestored';
import { isRestoreRunning } from '../status/restoreState';
import {
  hasBackendStorage,
  hasPartialIndication,
  hasVTPM,
  snapshotVMSpec,
  unbackedClaimVolumes,
} from '../status/snapshotContent';
import { isSnapshotUsable } from '../status/snapshotStatus';

export type GateReason =
  | 'noPermission'
  | 'deleting'
  | 'notUsable'
  | 'vmUnknown'
  | 'vmDeleted'
  | 'earlierVM'
  | 'restoreRunning'
  | 'partial'
  | 'vTPM'
  | 'backendStorage';

export type Gate = { disabled: false } | { disabled: true; reason: GateReason; detail?: string };

export type SnapshotActionInput = {
  snapshot: V1beta1VirtualMachineSnapshot;
  /** The live VM named in spec.source: null when it does not exist, undefined while unknown. */
  vm: V1VirtualMachine | null | undefined;
  restores: V1beta1VirtualMachineRestore[];
  content: V1beta1VirtualMachineSnapshotContent | undefined;
  can: { restore: boolean; clone: boolean; delete: boolean };
};

const OPEN: Gate = { disabled: false };
const closed = (reason: GateReason, detail?: string): Gate => ({ disabled: true, reason, detail });

const isDeleting = (s: V1beta1VirtualMachineSnapshot) =>
  !!s.metadata?.deletionTimestamp || s.status?.phase === 'Deleting';

/** A restore is never offered into a different VM, a missing VM, or past a running restore. */
export const restoreGate = ({ snapshot, vm, restores, can }: SnapshotActionInput): Gate => {
  if (!can.restore) {
    return closed('noPermission');
  }
  if (isDeleting(snapshot)) {
    return closed('deleting');
  }
  if (!isSnapshotUsable(snapshot)) {
    return closed('notUsable');
  }
  if (vm === undefined) {
    return closed('vmUnknown');
  }
  if (vm === null) {
    return closed('vmDeleted');
  }
  const sourceUID = snapshot.status?.sourceUID;
  if (sourceUID && sourceUID !== vm.metadata?.uid) {
    return closed('earlierVM');
  }
  // Failed or stalled restores also block, but the Restore dialog shows them and offers to
  // delete them; only one that is still working means "wait".
  const running = incompleteRestores(restores, vm.metadata?.name ?? '').find(isRestoreRunning);
  if (running) {
    return closed('restoreRunning', running.metadata?.name);
  }
  return OPEN;
};

/**
 * A clone needs a usable, complete snapshot of a VM without a vTPM or backend storage. Without
 * the content (the tab's rows) only the snapshot's status counts; the dialog checks the rest.
 */
export const cloneGate = ({ snapshot, content, can }: SnapshotActionInput): Gate => {
  if (!can.clone) {
    return closed('noPermission');
  }
  if (isDeleting(snapshot)) {
    return closed('deleting');
  }
  if (!isSnapshotUsable(snapshot)) {
    return closed('notUsable');
  }
  const unbacked = unbackedClaimVolumes(snapshot, content);
  if (unbacked.length || hasPartialIndication(snapshot)) {
    return closed('partial', unbacked.join(', ') || undefined);
  }
  if (hasVTPM(snapshotVMSpec(content))) {
    return closed('vTPM');
  }
  if (hasBackendStorage(snapshotVMSpec(content))) {
    return closed('backendStorage');
  }
  return OPEN;
};

export const deleteGate = ({ snapshot, can }: SnapshotActionInput): Gate => {
  if (!can.delete) {
    return closed('noPermission');
  }
  return isDeleting(snapshot) ? closed('deleting') : OPEN;
};
