import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Content } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
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
}) => {
  const { t } = usePluginTranslation();
  const name = nab.metadata?.name ?? '';
  return (
    <ModalShell
      title={t('Delete backup?')}
      closeOverlay={closeOverlay}
      onSubmit={() =>
        k8sPatch({
          model: NonAdminBackupModel,
          resource: nab,
          data: DELETE_NON_ADMIN_BACKUP_PATCH.map((op) => ({ ...op })),
        })
      }
      submitLabel={t('Delete')}
      submitVariant="danger"
      canSubmit
      errorTitle={t('The backup could not be deleted')}
    >
      <Content data-test="delete-nab-what">
        <p>
          {t(
            'Delete the backup {{name}}? Its data in object storage and its disk snapshots are deleted too, and so are the restores made from it; it cannot be restored afterwards.',
            { name },
          )}
        </p>
        <p>{t('The VMs themselves are not touched.')}</p>
      </Content>
    </ModalShell>
  );
};
