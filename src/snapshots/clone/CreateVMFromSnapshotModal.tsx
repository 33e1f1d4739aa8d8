import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Checkbox, FormGroup, Spinner, TextArea } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineCloneModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone, V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { dns1123LabelProblem, fitLabel } from '@shared/validation/dns1123';
import { useState } from 'react';
import { cloneGate } from '../actions/snapshotActionGates';
import { useGateReasonText } from '../actions/useGateReasonText';
import { useLiveSnapshot } from '../hooks/useLiveSnapshot';
import { useSnapshotContent } from '../hooks/useSnapshotContent';
import { SnapshotDeletedAlert } from '../status/SnapshotDeletedAlert';
import { snapshotVMSpec } from '../status/snapshotContent';
import { buildVMCloneFromSnapshot } from './buildVMClone';
import { CloneDescription } from './CloneDescription';
import { CloneProgressView } from './CloneProgressView';
import { findNameClash } from './findNameClash';
import type { NameClash } from './findNameClash';
import { NewVMNameField } from './NewVMNameField';

type Props = { snapshot: V1beta1VirtualMachineSnapshot };
type Created = { clone: string; target: string };

export const CreateVMFromSnapshotModal: OverlayComponent<Props> = ({
  snapshot: opened,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const reasonText = useGateReasonText();
  // Gates are re-checked live: the snapshot and the permission, not as they were at launch.
  const live = useLiveSnapshot(opened);
  const { snapshot } = live;
  const namespace = snapshot.metadata?.namespace ?? '';
  const canClone = useAccess(VirtualMachineCloneModel, 'create', namespace);
  const snapshotName = snapshot.metadata?.name ?? '';
  const content = useSnapshotContent(snapshot);
  const [name, setName] = useState(() => fitLabel(snapshotName, '-vm'));
  const [start, setStart] = useState(false);
  const [description, setDescription] = useState('');
  const [clash, setClash] = useState<NameClash>();
  const [created, setCreated] = useState<Created>();
  const clone = useWatchObject<V1beta1VirtualMachineClone>(
    VirtualMachineCloneModel,
    created?.clone,
    namespace,
  );

  const gate = cloneGate({
    snapshot,
    vm: undefined,
    restores: [],
    content: content.data,
    can: { restore: true, clone: canClone.loading || canClone.allowed, delete: true },
  });
  const canSubmit =
    !gate.disabled &&
    !live.deleted &&
    !canClone.loading &&
    !!content.data &&
    !dns1123LabelProblem(name) &&
    name !== clash?.name;

  const submit = async () => {
    const target = name;
    const found = await findNameClash(namespace, target, content.data);
    if (found) {
      setClash(found);
      return;
    }
    const data = buildVMCloneFromSnapshot({
      namespace,
      snapshotName,
      targetName: target,
      start,
      sourceSpec: snapshotVMSpec(content.data),
    });
    const result = await k8sCreate({ model: VirtualMachineCloneModel, data });
    setCreated({ clone: result.metadata?.name ?? data.metadata?.name ?? '', target });
  };

  const form = () => {
    if (live.deleted) {
      return <SnapshotDeletedAlert name={snapshotName} />;
    }
    if (gate.disabled) {
      return (
        <Alert isInline variant="danger" title={t('A VM cannot be created from this snapshot')}>
          {reasonText(gate, 'clone', snapshot)}
        </Alert>
      );
    }
    // A watch keeps its last data on an error and retries: only an error without data blocks.
    if (content.error && !content.data) {
      return (
        <Alert isInline variant="danger" title={t('The snapshot content could not be read')}>
          {content.error.message}
        </Alert>
      );
    }
    if (!content.data) {
      return <Spinner size="lg" aria-label={t('Loading')} />;
    }
    return (
      <>
        <NewVMNameField
          value={name}
          onChange={setName}
          clash={clash?.name === name ? clash : undefined}
        />
        <Checkbox
          id="vdp-clone-start"
          label={t('Start the VM once created')}
          isChecked={start}
          onChange={(_e, checked) => setStart(checked)}
        />
        <FormGroup label={t('Description')} fieldId="vdp-clone-description">
          <TextArea
            id="vdp-clone-description"
            value={description}
            onChange={(_e, next) => setDescription(next)}
            aria-describedby="vdp-clone-description-help"
          />
          <p id="vdp-clone-description-help" className="pf-v6-u-font-size-sm">
            {t('Added to the new VM once it exists; keep this dialog open until then.')}
          </p>
        </FormGroup>
      </>
    );
  };

  return (
    <ModalShell
      title={t('Create VM from snapshot')}
      closeOverlay={closeOverlay}
      onSubmit={submit}
      submitLabel={t('Create VM')}
      canSubmit={canSubmit}
      closeOnSuccess={false}
      submitted={!!created}
      errorTitle={t('The VM could not be created')}
    >
      {created ? (
        <>
          <CloneProgressView clone={clone.data} targetName={created.target} namespace={namespace} />
          <CloneDescription
            clone={clone.data}
            target={created.target}
            namespace={namespace}
            description={description}
          />
        </>
      ) : (
        form()
      )}
    </ModalShell>
  );
};

export default CreateVMFromSnapshotModal;
