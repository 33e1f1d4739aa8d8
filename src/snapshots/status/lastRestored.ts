import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';

/**
 * The latest completed restore time per snapshot, for restores that targeted `vmName`.
 * Restores without a restoreTime (running, failed) never hide a later success, and
 * restores to other VMs (e.g. a clone's tmp-restore) do not count (research §4.2 item 6).
 */
export const lastRestoreTimes = (
  restores: V1beta1VirtualMachineRestore[],
  vmName: string,
): Map<string, string> => {
  const latest = new Map<string, string>();
  for (const restore of restores) {
    const snapshotName = restore.spec?.virtualMachineSnapshotName;
    const time = restore.status?.restoreTime;
    const target = restore.spec?.target;
    if (!snapshotName || !time || target?.name !== vmName || target.kind !== 'VirtualMachine') {
      continue;
    }
    const current = latest.get(snapshotName);
    if (!current || Date.parse(time) > Date.parse(current)) {
      latest.set(snapshotName, time);
    }
  }
  return latest;
};

/** Restores of `vmName` that have not completed (running, stuck or failed). */
export const incompleteRestores = (
  restores: V1beta1VirtualMachineRestore[],
  vmName: string,
): V1beta1VirtualMachineRestore[] =>
  restores.filter(
    (r) =>
      r.spec?.target?.name === vmName &&
      r.spec.target.kind === 'VirtualMachine' &&
      r.status?.complete !== true,
  );

/** A restore the controller gave up on (Failure=True); it still blocks new restores (§2.4). */
export const isRestoreFailed = (restore: V1beta1VirtualMachineRestore): boolean =>
  !!restore.status?.conditions?.some((c) => c.type === 'Failure' && c.status === 'True');
