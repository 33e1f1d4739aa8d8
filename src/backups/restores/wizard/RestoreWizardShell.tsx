import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  HelperText,
  HelperTextItem,
  PageSection,
  Title,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Conflict } from '../conflicts/findConflicts';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import type { RestoreProblem } from './restoreProblems';
import { useProblemText } from './useProblemText';
import { useSendRestore } from './useSendRestore';

type Props = {
  /** The sections, each choice checked as it is made. */
  children: ReactNode;
  /** What is sent: a Restore (admin) or a NonAdminRestore (namespace user). */
  model: K8sModel;
  object: K8sResourceCommon;
  problems: RestoreProblem[];
  waiting: boolean;
  conflicts: Conflict[];
  deleteFirst: boolean;
  /** A new name after a failure (a 409 must not repeat). */
  renew: () => void;
  createdHref: (created: K8sResourceCommon) => string;
};

/**
 * What both restore wizards share: why it cannot be sent yet, the one sending path (one POST,
 * the server's message kept on failure, retry), the separate delete-first confirmation.
 */
export const RestoreWizardShell = (props: Props) => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const { state, send } = useSendRestore(props.model);
  const [confirming, setConfirming] = useState(false);
  const sending = ['deleting', 'waiting', 'creating', 'created'].includes(state.phase);
  const ready = props.problems.length === 0 && !props.waiting;
  const { createdHref, renew } = props;

  useEffect(() => {
    if (state.phase === 'created') void navigate(createdHref(state.restore));
    if (state.phase === 'failed') renew();
    // renew and createdHref are new on each render: only a new state acts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, navigate]);

  const onCreate = () => {
    if (!ready || sending) return;
    if (props.deleteFirst) setConfirming(true);
    else void send(props.object);
  };

  return (
    <PageSection>
      <Title headingLevel="h1">{t('Restore VMs from a backup')}</Title>
      <Form className="pf-v6-u-mt-md" onSubmit={(e) => e.preventDefault()}>
        {props.children}
        {state.phase === 'failed' && (
          <Alert
            variant="danger"
            isInline
            title={t('The restore was not started')}
            data-test="restore-error"
          >
            {state.message}
          </Alert>
        )}
        {state.phase === 'waiting' && (
          <Alert variant="info" isInline title={t('Waiting for the deleted objects to be gone')}>
            {state.left.map((c) => `${c.kind} ${c.namespace}/${c.name}`).join(', ')}
          </Alert>
        )}
        {props.problems.length > 0 && (
          <HelperText data-test="restore-problems">
            {props.problems.map((p) => (
              <HelperTextItem key={p.code} variant="warning">
                {problemText(p)}
              </HelperTextItem>
            ))}
          </HelperText>
        )}
        <ActionGroup>
          <Button
            variant="primary"
            onClick={onCreate}
            isAriaDisabled={!ready || sending}
            isLoading={sending}
            data-test="restore-create"
          >
            {props.deleteFirst ? t('Delete and restore') : t('Restore')}
          </Button>
          <Button variant="link" onClick={() => void navigate(-1)} data-test="restore-cancel">
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </Form>
      {confirming && (
        <ConfirmDeleteModal
          conflicts={props.conflicts}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void send(props.object, props.conflicts);
          }}
        />
      )}
    </PageSection>
  );
};
