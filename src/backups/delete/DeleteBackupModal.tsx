import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { DeleteBackupRequestModel } from '../k8s/models';
import type { VeleroBackup } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import { buildDeleteBackupRequest } from './buildDeleteBackupRequest';
import { DeleteBackupConfirm } from './DeleteBackupConfirm';

type Props = { backup: VeleroBackup; vms: VMRef[] };

/**
 * Delete = a DeleteBackupRequest (research/oadp-velero.md §2.5): Velero removes the data in
 * object storage and the disk snapshots, then the Backup. The confirmation says exactly that.
 */
export const DeleteBackupModal: OverlayComponent<Props> = ({ backup, vms, closeOverlay }) => (
  <DeleteBackupConfirm
    name={backup.metadata?.name ?? ''}
    location={backup.spec?.storageLocation}
    vms={vms}
    onDelete={() =>
      k8sCreate({ model: DeleteBackupRequestModel, data: buildDeleteBackupRequest(backup) })
    }
    closeOverlay={closeOverlay}
  />
);
