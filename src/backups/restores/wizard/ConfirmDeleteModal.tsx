import {
  Button,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { Conflict } from '../conflicts/findConflicts';

type Props = { conflicts: Conflict[]; onConfirm: () => void; onCancel: () => void };

/** The explicit, separate confirmation of "stop and delete the existing VM first". */
export const ConfirmDeleteModal = ({ conflicts, onConfirm, onCancel }: Props) => {
  const { t } = usePluginTranslation();
  const vms = conflicts.filter((c) => c.kind === 'VirtualMachine');
  const disks = conflicts.filter((c) => c.kind !== 'VirtualMachine');
  return (
    <Modal
      isOpen
      variant="small"
      onClose={onCancel}
      aria-labelledby="vdp-restore-confirm-title"
      data-test="restore-confirm-delete"
    >
      <ModalHeader
        title={t('Delete the existing VMs, then restore?')}
        titleIconVariant="warning"
        labelId="vdp-restore-confirm-title"
      />
      <ModalBody>
        <p>{t('These VMs are stopped and deleted now, with their disks:')}</p>
        <List>
          {vms.map((c) => (
            <ListItem key={`${c.namespace}/${c.name}`}>{`${c.namespace}/${c.name}`}</ListItem>
          ))}
          {disks.map((c) => (
            <ListItem key={`${c.kind}/${c.namespace}/${c.name}`}>
              {t('{{kind}} {{namespace}}/{{name}}', {
                kind: c.kind,
                namespace: c.namespace,
                name: c.name,
              })}
            </ListItem>
          ))}
        </List>
        <p>{t('Their current data is lost; the backup replaces it once they are gone.')}</p>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onConfirm} data-test="restore-confirm-delete-button">
          {t('Delete and restore')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
