import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Tooltip,
} from '@patternfly/react-core';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { useRef, useState } from 'react';
import { RestoreModel } from '../../k8s/models';
import type { VeleroRestore } from '../build/restoreTypes';

/** Deletes the Restore object only; what it restored stays (said before and in the dialog). */
export const DeleteRestoreButton = ({ restore }: { restore: VeleroRestore }) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
  const namespace = restore.metadata?.namespace;
  const may = useAccess(RestoreModel, 'delete', namespace);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const busy = useRef(false);
  const remove = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await k8sDelete({ model: RestoreModel, resource: restore });
      setOpen(false);
    } catch (e) {
      setError(errorText(e));
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
      {may.allowed ? (
        <Button
          variant="secondary"
          isDanger
          isAriaDisabled={!may.allowed}
          onClick={() => setOpen(true)}
          data-test="restore-delete"
        >
          {t('Delete restore')}
        </Button>
      ) : (
        <Tooltip content={t('You may not delete Restores in {{namespace}}.', { namespace })}>
          <Button
            variant="secondary"
            isDanger
            isAriaDisabled={!may.allowed}
            onClick={() => setOpen(true)}
            data-test="restore-delete"
          >
            {t('Delete restore')}
          </Button>
        </Tooltip>
      )}
      {open && (
        <Modal
          isOpen
          variant="small"
          onClose={() => setOpen(false)}
          aria-labelledby="vdp-restore-delete-title"
        >
          <ModalHeader
            title={t('Delete restore {{name}}?', { name: restore.metadata?.name })}
            labelId="vdp-restore-delete-title"
          />
          <ModalBody>
            {t(
              'This deletes the Restore object and its log and results. It does not undo the restore: the restored VMs and disks stay.',
            )}
            {error && (
              <Alert variant="danger" isInline title={t('The restore was not deleted')}>
                {error}
              </Alert>
            )}
          </ModalBody>
          <ModalFooter>
            <Button
              variant="danger"
              onClick={() => void remove()}
              data-test="restore-delete-confirm"
            >
              {t('Delete')}
            </Button>
            <Button variant="link" onClick={() => setOpen(false)}>
              {t('Cancel')}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </>
  );
};
