import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { To } from 'react-router';
import { useNavigate } from 'react-router';
import { resourcePath } from '../components/ResourceLink';
import { k8sDelete } from '../k8s-resource';
import { findModel, getGroupVersionKindForResource } from '../models';

type Props = {
  resource: K8sResourceCommon;
  redirectTo?: To;
  message?: ReactNode;
  btnText?: ReactNode;
  closeOverlay: () => void;
};

/** The console's generic Delete modal (`public/components/modals/delete-modal.tsx`). */
export const DeleteModal = ({ resource, redirectTo, message, btnText, closeOverlay }: Props) => {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const kind = resource.kind ?? '';
  const name = resource.metadata?.name ?? '';
  const remove = async () => {
    const model = findModel(getGroupVersionKindForResource(resource));
    if (!model) {
      setError(`Unknown kind ${kind}`);
      return;
    }
    try {
      await k8sDelete({ model, resource });
      closeOverlay();
      // As the console's: only from the deleted resource's own page, to `redirectTo` or its list.
      if (new RegExp(`/${name}(/|$)`).test(window.location.pathname)) {
        void navigate(redirectTo ?? resourcePath(model, undefined, resource.metadata?.namespace));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal isOpen variant="small" onClose={closeOverlay} aria-labelledby="preview-delete-title">
      <ModalHeader
        title={`Delete ${kind}?`}
        labelId="preview-delete-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        {message ?? (
          <p>
            Are you sure you want to delete <strong>{name}</strong>?
          </p>
        )}
        {error ? (
          <Alert isInline variant="danger" title="An error occurred">
            {error}
          </Alert>
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={() => void remove()}>
          {btnText ?? 'Delete'}
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};
