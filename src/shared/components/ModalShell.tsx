import {
  Alert,
  Button,
  Form,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalVariant,
} from '@patternfly/react-core';
import type { FormEvent, ReactNode } from 'react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { usePluginTranslation } from '../hooks/usePluginTranslation';
import { useRequestErrorText } from '../hooks/useRequestErrorText';

export type ModalShellProps = {
  title: string;
  closeOverlay: () => void;
  /** Sends the request; a rejection shows the server's message and keeps the form. */
  onSubmit: () => Promise<unknown>;
  submitLabel: string;
  /** False while the form is invalid or not acknowledged. */
  canSubmit: boolean;
  submitVariant?: 'primary' | 'danger';
  /** Keep the modal open after success (e.g. to show progress). */
  closeOnSuccess?: boolean;
  /** Replaces the footer once submitted successfully (e.g. a Close button). */
  submitted?: boolean;
  errorTitle?: string;
  variant?: ModalVariant;
  children: ReactNode;
};

/** The one modal frame for every form: submit guard, pending state, server errors, cancel. */
export const ModalShell = ({
  title,
  closeOverlay,
  onSubmit,
  submitLabel,
  canSubmit,
  submitVariant = 'primary',
  closeOnSuccess = true,
  submitted = false,
  errorTitle,
  variant = ModalVariant.medium,
  children,
}: ModalShellProps) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
  const formId = useId();
  const titleId = `${formId}-title`;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  // A ref, not state: a second click in the same frame must see the first one.
  const inFlight = useRef(false);
  const mounted = useRef(true);
  // Submit and Cancel give way to Close once submitted: focus moves there, not to the page.
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (submitted) {
      closeButton.current?.focus();
    }
  }, [submitted]);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (inFlight.current || !canSubmit || submitted) {
        return;
      }
      inFlight.current = true;
      setPending(true);
      setError(undefined);
      onSubmit()
        .then(() => {
          if (closeOnSuccess) {
            closeOverlay();
          }
        })
        .catch((err: unknown) => {
          if (mounted.current) {
            setError(errorText(err));
          }
        })
        .finally(() => {
          inFlight.current = false;
          if (mounted.current) {
            setPending(false);
          }
        });
    },
    [canSubmit, closeOnSuccess, closeOverlay, errorText, onSubmit, submitted],
  );

  return (
    <Modal isOpen variant={variant} onClose={closeOverlay} aria-labelledby={titleId}>
      <ModalHeader title={title} labelId={titleId} />
      <ModalBody>
        <Form id={formId} onSubmit={submit} noValidate>
          {children}
          {error && (
            <Alert
              variant="danger"
              isInline
              title={errorTitle ?? t('The request failed')}
              data-test="modal-error"
            >
              {error}
            </Alert>
          )}
        </Form>
      </ModalBody>
      <ModalFooter>
        {submitted ? (
          <Button variant="primary" onClick={closeOverlay} ref={closeButton}>
            {t('Close')}
          </Button>
        ) : (
          <>
            <Button
              type="submit"
              form={formId}
              variant={submitVariant}
              isDisabled={!canSubmit || pending}
              isLoading={pending}
              data-test="modal-submit"
            >
              {submitLabel}
            </Button>
            <Button variant="link" onClick={closeOverlay}>
              {t('Cancel')}
            </Button>
          </>
        )}
      </ModalFooter>
    </Modal>
  );
};
