import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Content, List, ListItem } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { DeleteBackupRequestModel } from '../k8s/models';
import type { VeleroBackup } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import { buildDeleteBackupRequest } from './buildDeleteBackupRequest';

type Props = { backup: VeleroBackup; vms: VMRef[] };

/**
 * Delete = a DeleteBackupRequest (research/oadp-velero.md §2.5): Velero removes the data in
 * object storage and the disk snapshots, then the Backup. The confirmation says exactly that.
 */
export const DeleteBackupModal: OverlayComponent<Props> = ({ backup, vms, closeOverlay }) => {
  const { t } = usePluginTranslation();
  const name = backup.metadata?.name ?? '';
  const location = backup.spec?.storageLocation;
  return (
    <ModalShell
      title={t('Delete backup?')}
      closeOverlay={closeOverlay}
      onSubmit={() =>
        k8sCreate({ model: DeleteBackupRequestModel, data: buildDeleteBackupRequest(backup) })
      }
      submitLabel={t('Delete')}
      submitVariant="danger"
      canSubmit
      errorTitle={t('The backup could not be deleted')}
    >
      <Content data-test="delete-what">
        <p>
          {location
            ? t(
                'Delete the backup {{name}}? Its data in the storage location {{location}} and its disk snapshots are deleted too; it cannot be restored afterwards.',
                { name, location },
              )
            : t(
                'Delete the backup {{name}}? Its data in object storage and its disk snapshots are deleted too; it cannot be restored afterwards.',
                { name },
              )}
        </p>
        {vms.length > 0 ? (
          <>
            <p>{t('It holds these VMs:')}</p>
            <List data-test="delete-vms">
              {vms.map((vm) => (
                <ListItem
                  key={`${vm.namespace}/${vm.name}`}
                >{`${vm.namespace}/${vm.name}`}</ListItem>
              ))}
            </List>
          </>
        ) : (
          <p data-test="delete-no-vms">{t('It holds no VM that you can see.')}</p>
        )}
        <p>{t('The VMs themselves are not touched.')}</p>
      </Content>
    </ModalShell>
  );
};
