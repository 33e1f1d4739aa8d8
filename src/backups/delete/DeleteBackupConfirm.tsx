import { Content, List, ListItem } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { VMRef } from '../scope/productLabels';

type DeleteBackupConfirmProps = {
  name: string;
  /** The storage location its data is in, when the page knows it. */
  location?: string;
  /** The VMs it holds; undefined where they are not listed (a NonAdminBackup). */
  vms?: VMRef[];
  /** The non-admin controller deletes the NonAdminRestores made from it too. */
  deletesRestores?: boolean;
  onDelete: () => Promise<unknown>;
  closeOverlay: () => void;
};

const useWhatText = ({ name, location, deletesRestores }: DeleteBackupConfirmProps) => {
  const { t } = usePluginTranslation();
  if (deletesRestores)
    return t(
      'Delete the backup {{name}}? Its data in object storage and its disk snapshots are deleted too, and so are the restores made from it; it cannot be restored afterwards.',
      { name },
    );
  return location
    ? t(
        'Delete the backup {{name}}? Its data in the storage location {{location}} and its disk snapshots are deleted too; it cannot be restored afterwards.',
        { name, location },
      )
    : t(
        'Delete the backup {{name}}? Its data in object storage and its disk snapshots are deleted too; it cannot be restored afterwards.',
        { name },
      );
};

/**
 * The one confirmation for deleting a backup, Velero's or a NonAdminBackup: what goes with it
 * (data, disk snapshots, restores), the VMs it holds, and that the VMs stay.
 */
export const DeleteBackupConfirm = (props: DeleteBackupConfirmProps) => {
  const { t } = usePluginTranslation();
  const what = useWhatText(props);
  const { vms, onDelete, closeOverlay } = props;
  return (
    <ModalShell
      title={t('Delete backup?')}
      closeOverlay={closeOverlay}
      onSubmit={onDelete}
      submitLabel={t('Delete')}
      submitVariant="danger"
      canSubmit
      errorTitle={t('The backup could not be deleted')}
    >
      <Content data-test="delete-what">
        <p>{what}</p>
        {vms &&
          (vms.length > 0 ? (
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
          ))}
        <p>{t('The VMs themselves are not touched.')}</p>
      </Content>
    </ModalShell>
  );
};
