import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { DeleteBackupConfirm } from '../delete/DeleteBackupConfirm';
import { DELETE_NON_ADMIN_BACKUP_PATCH } from './buildNonAdminBackup';
import { NonAdminBackupModel } from './nonAdminModels';
import type { NonAdminBackup } from './nonAdminTypes';

/**
 * Delete = `spec.deleteBackup: true` (research/oadp-velero.md §2.10): the non-admin controller
 * deletes the Velero Backup through a DeleteBackupRequest (data and snapshots), the
 * NonAdminRestores made from it, then the NonAdminBackup. Deleting the object alone would
 * leave the data. The confirmation says all of that.
 */
export const DeleteNonAdminBackupModal: OverlayComponent<{ nab: NonAdminBackup }> = ({
  nab,
  closeOverlay,
}) => (
  <DeleteBackupConfirm
    name={nab.metadata?.name ?? ''}
    deletesRestores
    onDelete={() =>
      k8sPatch({
        model: NonAdminBackupModel,
        resource: nab,
        data: DELETE_NON_ADMIN_BACKUP_PATCH.map((op) => ({ ...op })),
      })
    }
    closeOverlay={closeOverlay}
  />
);
