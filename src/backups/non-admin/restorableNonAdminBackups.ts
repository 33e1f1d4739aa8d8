import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { nonAdminBackupRow, nonAdminBackupRowsOfVM } from './nonAdminBackupRows';
import type { NonAdminBackup } from './nonAdminTypes';

const startedAt = (nab: NonAdminBackup) =>
  Date.parse(
    nab.status?.veleroBackup?.status?.startTimestamp ?? nab.metadata?.creationTimestamp ?? '',
  ) || 0;

/**
 * NonAdminBackups a NonAdminRestore can use, newest first: the mirrored Velero Backup Completed
 * or PartiallyFailed, and the NAB itself Created — the controller refuses any other ("NonAdminBackup
 * is not ready to be restored", oadp-non-admin `ValidateRestoreSpec`).
 */
export const restorableNonAdminBackups = (nabs: NonAdminBackup[]): NonAdminBackup[] =>
  nabs
    .filter((nab) => nab.status?.phase === 'Created' && nonAdminBackupRow(nab).status.restorable)
    .sort((a, b) => startedAt(b) - startedAt(a));

/** Those that hold the VM (product labels, else scope), newest first. */
export const restorableNonAdminBackupsOf = (
  nabs: NonAdminBackup[],
  vm: K8sResourceCommon,
): NonAdminBackup[] =>
  restorableNonAdminBackups(nonAdminBackupRowsOfVM(nabs, vm).map((r) => r.nab));
