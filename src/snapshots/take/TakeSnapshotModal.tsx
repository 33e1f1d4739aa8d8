import type { OverlayComponent } from '@openshift-console/dynamic-plugin-sdk';
import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { FormGroup, TextArea } from '@patternfly/react-core';
import { ModalShell } from '@shared/components/ModalShell';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { dns1123LabelProblem } from '@shared/validation/dns1123';
import { useCallback, useMemo, useState } from 'react';
import { buildVMSnapshot } from './buildVMSnapshot';
import { DeadlineField } from './DeadlineField';
import { defaultSnapshotName } from './defaultSnapshotName';
import { DeleteWithVMField } from './DeleteWithVMField';
import { DiskAcknowledgement } from './DiskAcknowledgement';
import { acknowledgementKey, diskEligibility } from './diskEligibility';
import type { DeadlineUnit } from './failureDeadline';
import { failureDeadlineValue, parseFailureDeadline } from './failureDeadline';
import { RuntimeNoteAlerts } from './RuntimeNoteAlerts';
import { snapshotRuntimeNotes } from './runtimeNotes';
import { SnapshotDisks } from './SnapshotDisks';
import { SnapshotNameField } from './SnapshotNameField';
import { useSnapshotSource } from './useSnapshotSource';

export type TakeSnapshotModalProps = { vm: V1VirtualMachine };

/** Takes a VirtualMachineSnapshot of one VM, saying exactly what it will and will not contain. */
export const TakeSnapshotModal: OverlayComponent<TakeSnapshotModalProps> = ({
  vm: initialVM,
  closeOverlay,
}) => {
  const { t } = usePluginTranslation();
  const { vm, vmi, vmiKnown } = useSnapshotSource(initialVM);
  const [name, setName] = useState(() =>
    defaultSnapshotName(initialVM.metadata?.name ?? '', new Date()),
  );
  const [description, setDescription] = useState('');
  const [deadlineText, setDeadlineText] = useState('');
  const [deadlineUnit, setDeadlineUnit] = useState<DeadlineUnit>('m');
  const [deleteWithVM, setDeleteWithVM] = useState(false);
  // The disk lists the user acknowledged; a change in them asks again.
  const [acknowledgedKey, setAcknowledgedKey] = useState<string>();

  const disks = useMemo(() => diskEligibility(vm, vmi), [vm, vmi]);
  const ackKey = acknowledgementKey(disks);
  const notes = useMemo(() => snapshotRuntimeNotes(vm, vmi, vmiKnown), [vm, vmi, vmiKnown]);
  const deadline = useMemo(
    () => parseFailureDeadline(deadlineText, deadlineUnit),
    [deadlineText, deadlineUnit],
  );
  const hasUID = !!vm.metadata?.uid;

  const canSubmit =
    !dns1123LabelProblem(name) &&
    deadline.kind !== 'invalid' &&
    (ackKey === undefined || acknowledgedKey === ackKey);

  const onSubmit = useCallback(
    () =>
      k8sCreate({
        model: VirtualMachineSnapshotModel,
        data: buildVMSnapshot({
          vm,
          name,
          description,
          failureDeadline: failureDeadlineValue(deadline),
          deleteWithVM: deleteWithVM && hasUID,
        }),
      }),
    [vm, name, description, deadline, deleteWithVM, hasUID],
  );

  return (
    <ModalShell
      title={t('Take snapshot')}
      closeOverlay={closeOverlay}
      onSubmit={onSubmit}
      submitLabel={t('Take snapshot')}
      canSubmit={canSubmit}
      errorTitle={t('The snapshot could not be created')}
    >
      <RuntimeNoteAlerts notes={notes} />
      <SnapshotNameField value={name} onChange={setName} />
      <FormGroup label={t('Description')} fieldId="vdp-take-snapshot-description">
        <TextArea
          id="vdp-take-snapshot-description"
          value={description}
          onChange={(_event, next) => setDescription(next)}
          resizeOrientation="vertical"
          data-test="snapshot-description"
        />
      </FormGroup>
      <DeadlineField
        value={deadlineText}
        unit={deadlineUnit}
        deadline={deadline}
        onChange={setDeadlineText}
        onUnitChange={setDeadlineUnit}
      />
      <SnapshotDisks disks={disks} />
      {ackKey !== undefined && (
        <DiskAcknowledgement
          disks={disks}
          checked={acknowledgedKey === ackKey}
          onChange={(checked) => setAcknowledgedKey(checked ? ackKey : undefined)}
        />
      )}
      <DeleteWithVMField checked={deleteWithVM} onChange={setDeleteWithVM} isDisabled={!hasUID} />
    </ModalShell>
  );
};

export default TakeSnapshotModal;
