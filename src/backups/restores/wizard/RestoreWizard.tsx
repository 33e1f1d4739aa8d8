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
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { ConflictSection } from './ConflictSection';
import { OptionsSection } from './OptionsSection';
import { ReviewSection } from './ReviewSection';
import { SourceSection } from './SourceSection';
import { TargetSection } from './TargetSection';
import { VMsSection } from './VMsSection';
import type { WizardQuery } from './useRestoreWizard';
import { useRestoreWizard } from './useRestoreWizard';
import { useProblemText } from './useProblemText';
import { useSendRestore } from './useSendRestore';

const restoreHref = (namespace: string, name: string) =>
  `/k8s/ns/${namespace}/velero.io~v1~Restore/${name}`;

/** The restore wizard (DESIGN §6, issue 13): one page, each choice checked as it is made. */
export const RestoreWizard = ({ query }: { query: WizardQuery }) => {
  const { t } = usePluginTranslation();
  const navigate = useNavigate();
  const w = useRestoreWizard(query);
  const problemText = useProblemText();
  const { state, send } = useSendRestore();
  const [confirming, setConfirming] = useState(false);
  const sending = ['deleting', 'waiting', 'creating', 'created'].includes(state.phase);
  const deleteFirst = w.conflicts.length > 0 && w.choice === 'delete-first';
  const ready = w.problems.length === 0 && !w.waiting;

  useEffect(() => {
    if (state.phase === 'created')
      void navigate(
        restoreHref(state.restore.metadata?.namespace ?? '', state.restore.metadata?.name ?? ''),
      );
    if (state.phase === 'failed') w.renew();
    // w.renew is stable in effect: only a new failure picks a new name.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, navigate]);

  const onCreate = () => {
    if (!ready || sending) return;
    if (deleteFirst) setConfirming(true);
    else void send(w.restore);
  };

  return (
    <PageSection>
      <Title headingLevel="h1">{t('Restore VMs from a backup')}</Title>
      <Form className="pf-v6-u-mt-md" onSubmit={(e) => e.preventDefault()}>
        <SourceSection
          data={w.data}
          schedule={w.query.schedule}
          backupName={w.backupName}
          onBackup={w.setBackup}
          offered={w.offered}
        />
        <VMsSection data={w.data} picked={w.picked} onPicked={w.setPicked} />
        <TargetSection
          source={w.sourceNs}
          mode={w.mode}
          other={w.other}
          onMode={w.setMode}
          onOther={w.setOther}
          target={w.target}
        />
        <ConflictSection
          conflicts={w.conflicts}
          checked={w.checked}
          choice={w.choice}
          onChoice={w.setChoice}
          onAnotherNamespace={() => w.setMode('other')}
        />
        <OptionsSection
          options={w.options}
          onOptions={w.setOptions}
          originalRuns={w.originalRuns}
        />
        {w.picked.length > 0 && <ReviewSection restore={w.restore} />}
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
        {w.problems.length > 0 && (
          <HelperText data-test="restore-problems">
            {w.problems.map((p) => (
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
            {deleteFirst ? t('Delete and restore') : t('Restore')}
          </Button>
          <Button variant="link" onClick={() => void navigate(-1)} data-test="restore-cancel">
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </Form>
      {confirming && (
        <ConfirmDeleteModal
          conflicts={w.conflicts}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void send(w.restore, w.conflicts);
          }}
        />
      )}
    </PageSection>
  );
};
