import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Content, Spinner, Title } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { StaleDataAlert } from '@shared/components/StaleDataAlert';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineRestoreModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useState } from 'react';
import { restoreGate } from '../actions/snapshotActionGates';
import { useGateReasonText } from '../actions/useGateReasonText';
import { useLiveSnapshot } from '../hooks/useLiveSnapshot';
import { SnapshotDeletedAlert } from '../status/SnapshotDeletedAlert';
import { snapshotVMSpec } from '../status/snapshotContent';
import { buildVMRestore } from './buildVMRestore';
import { ConfirmNameField } from './ConfirmNameField';
import { ExistingRestores } from './ExistingRestores';
import { RestoreChanges } from './RestoreChanges';
import { RestoreDiskImpact } from './RestoreDiskImpact';
import { restoreImpact } from './restoreImpact';
import { RestoreProgress } from './RestoreProgress';
import { RunningVMChoice } from './RunningVMChoice';
import { useRestoreData } from './useRestoreData';

type RestoreSnapshotModalProps = { snapshot: V1beta1VirtualMachineSnapshot };

export const RestoreSnapshotModal: OverlayComponent<RestoreSnapshotModalProps> = ({
  snapshot: opened,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const reasonText = useGateReasonText();
  // Gates are re-checked against the live snapshot, not the one the dialog was opened with.
  const live = useLiveSnapshot(opened);
  const { snapshot } = live;
  const data = useRestoreData(snapshot);
  const [stopTarget, setStopTarget] = useState(false);
  const [confirm, setConfirm] = useState('');
  const [created, setCreated] = useState<string>();
  const namespace = snapshot.metadata?.namespace ?? '';
  const snapshotName = snapshot.metadata?.name ?? '';
  const vmName = snapshot.spec?.source?.name ?? '';
  const content = data.content.data;

  const gate = restoreGate({
    snapshot,
    vm: data.vm,
    restores: data.restores,
    content,
    can: { restore: true, clone: true, delete: true },
  });
  const blocked = (gate.disabled && gate.reason !== 'restoreRunning') || data.blocking.length > 0;
  const canSubmit =
    !blocked && !live.deleted && !!content && (!data.running || stopTarget) && confirm === vmName;

  const submit = async () => {
    const restore = buildVMRestore({
      namespace,
      vmName,
      snapshotName,
      stopTarget: data.running && stopTarget,
    });
    const result = await k8sCreate({ model: VirtualMachineRestoreModel, data: restore });
    setCreated(result.metadata?.name ?? restore.metadata?.name);
  };

  const body = () => {
    if (created) {
      return (
        <RestoreProgress
          name={created}
          restore={data.restores.find((r) => r.metadata?.name === created)}
        />
      );
    }
    if (live.deleted) {
      return <SnapshotDeletedAlert name={snapshotName} />;
    }
    if (gate.disabled && gate.reason !== 'restoreRunning') {
      return (
        <Alert isInline variant="danger" title={t('This snapshot cannot be restored')}>
          {reasonText(gate, 'restore', snapshot, data.error)}
        </Alert>
      );
    }
    if (data.content.error) {
      return (
        <Alert isInline variant="danger" title={t('The snapshot content could not be read')}>
          {data.content.error.message}
        </Alert>
      );
    }
    if (!content) {
      return <Spinner size="lg" aria-label={t('Loading')} />;
    }
    return (
      <>
        <ExistingRestores restores={data.blocking} />
        {data.running && (
          <RunningVMChoice vmName={vmName} stopTarget={stopTarget} onChange={setStopTarget} />
        )}
        <Title headingLevel="h3">{t('What changes in the VM')}</Title>
        <RestoreChanges current={data.vm?.spec} restored={snapshotVMSpec(content)} />
        <Title headingLevel="h3">{t('Disks')}</Title>
        <RestoreDiskImpact impact={restoreImpact(data.vm?.spec, content)} />
        <ConfirmNameField name={vmName} value={confirm} onChange={setConfirm} />
      </>
    );
  };

  return (
    <ModalShell
      title={t('Restore VM from snapshot')}
      closeOverlay={closeOverlay}
      onSubmit={submit}
      submitLabel={data.running ? t('Stop the VM and restore') : t('Restore')}
      submitVariant="danger"
      canSubmit={canSubmit}
      closeOnSuccess={false}
      submitted={!!created}
      errorTitle={t('The restore could not be created')}
    >
      <Content>
        {t('Restore the VM {{vmName}} to snapshot {{snapshotName}}.', { vmName, snapshotName })}
      </Content>
      <StaleDataAlert title={t('The VM may be out of date')} error={data.error} />
      {body()}
    </ModalShell>
  );
};

export default RestoreSnapshotModal;
