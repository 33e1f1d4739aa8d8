/**
 * Velero 1.16.2 as OADP 1.5 runs it in `openshift-adp` (research/oadp-velero.md §0a, §2;
 * file formats in research/velero-formats.md): one reconciler per file, every delay in
 * simulated milliseconds.
 */
import type { ClusterContext } from '../../cluster-context';
import type { Reconciler } from '../runtime';
import { backupExpiryController } from './backup-expiry';
import { backupController } from './backups';
import { dataUploadController } from './data-uploads';
import { backupSyncController } from './backup-sync';
import { dataDownloadController } from './data-downloads';
import { deleteBackupRequestController } from './delete-backup-requests';
import { downloadRequestController } from './download-requests';
import { restoreController } from './restores';
import { scheduleController } from './schedules';
import { serverStatusRequestController } from './server-status-requests';
import { storageValidationController } from './storage-validation';

export function veleroControllers(context: ClusterContext): Reconciler[] {
  return [
    storageValidationController(context),
    backupController(context),
    dataUploadController(context),
    backupSyncController(context),
    scheduleController(context),
    backupExpiryController(context),
    deleteBackupRequestController(context),
    downloadRequestController(context),
    serverStatusRequestController(context),
    restoreController(context),
    dataDownloadController(context),
  ];
}
