/**
 * The OADP 1.5 operator and its non-admin controller (research/oadp-velero.md §2.9, §2.10):
 * one reconciler per file, every delay in simulated milliseconds.
 */
import type { ClusterContext } from '../../cluster-context';
import type { Reconciler } from '../runtime';
import { dataProtectionApplicationController } from './data-protection-application';
import { nonAdminBackupController } from './non-admin-backups';
import { nonAdminRestoreController } from './non-admin-restores';

export function oadpControllers(context: ClusterContext): Reconciler[] {
  return [
    dataProtectionApplicationController(context),
    nonAdminBackupController(context),
    nonAdminRestoreController(context),
  ];
}
