import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import { screen, within } from '@testing-library/react';
import { defaultSnapshotName } from './defaultSnapshotName';
import { TakeSnapshotModal } from './TakeSnapshotModal';
import {
  NOT_SUPPORTED,
  cloudInitDisk,
  containerDisk,
  makeVM,
  makeVMI,
  rootDisk,
  stoppedVM,
} from './takeSnapshotFixtures';
import { mockWatches, nameInput, renderModal, submitButton } from './takeSnapshotTestUtils';

const source = { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' };

/** The one request sent: POST /apis/snapshot.kubevirt.io/v1beta1/namespaces/ns/virtualmachinesnapshots. */
const expectOneCreate = (data: object) => {
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(k8sCreate).toHaveBeenCalledWith({ model: VirtualMachineSnapshotModel, data });
  const { model } = jest.mocked(k8sCreate).mock.calls[0][0];
  expect([model.apiGroup, model.apiVersion, model.plural, model.namespaced]).toEqual([
    'snapshot.kubevirt.io',
    'v1beta1',
    'virtualmachinesnapshots',
    true,
  ]);
};

const snapshot = (name: string, extra: { spec?: object; metadata?: object } = {}) => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshot',
  metadata: { name, namespace: 'ns', ...extra.metadata },
  spec: { source, ...extra.spec },
});

describe('TakeSnapshotModal', () => {
  beforeEach(() => mockWatches({}));

  it('scenario 8: stopped VM — default name, included disk, cloud-init recreated, one POST', async () => {
    const before = new Date();
    const { user, closeOverlay } = renderModal(stoppedVM());
    const after = new Date();

    const name = nameInput().value;
    expect([defaultSnapshotName('vm-a', before), defaultSnapshotName('vm-a', after)]).toContain(
      name,
    );
    expect(name).toMatch(/^vm-a-snapshot-\d{8}-\d{6}$/);
    expect(screen.getByText('Disks included in this snapshot (1)')).toBeVisible();
    expect(within(screen.getByTestId('disks-included')).getByText('rootdisk')).toBeVisible();
    // cloud-init is spec-defined: listed with the controller's reason, no acknowledgement needed.
    expect(screen.getByText('Recreated from the VM configuration (1)')).toBeVisible();
    expect(screen.getByTestId('disks-recreated')).toHaveTextContent(
      `cloudinitdisk — ${NOT_SUPPORTED('cloudinitdisk')}`,
    );
    expect(screen.queryByTestId('disks-not-included')).not.toBeInTheDocument();
    expect(screen.queryByTestId('acknowledge-disks')).not.toBeInTheDocument();
    expect(screen.queryByTestId(/^note-/)).not.toBeInTheDocument();
    expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent('default of 5m');
    expect(screen.getByTestId('delete-with-vm')).not.toBeChecked();

    await user.click(submitButton());
    expectOneCreate(snapshot(name));
    expect(closeOverlay).toHaveBeenCalledTimes(1);
  });

  it('scenario 8: a disk with data left out must be acknowledged before submit', async () => {
    const vm = makeVM({
      volumes: [rootDisk, containerDisk],
      statuses: [
        { name: 'rootdisk', enabled: true },
        { name: 'containerdisk', enabled: false, reason: NOT_SUPPORTED('containerdisk') },
      ],
    });
    const { user } = renderModal(vm);
    await user.clear(nameInput());
    await user.type(nameInput(), 'snap-1');

    expect(screen.getByText('Not included in this snapshot (1)')).toBeVisible();
    expect(screen.getByTestId('disks-not-included')).toHaveTextContent(
      `containerdisk — ${NOT_SUPPORTED('containerdisk')}`,
    );
    expect(submitButton()).toBeDisabled();
    await user.click(submitButton());
    expect(k8sCreate).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('acknowledge-disks'));
    await user.click(submitButton());
    expectOneCreate(snapshot('snap-1'));
  });

  it('scenario 11: running without guest agent warns crash-consistent', async () => {
    mockWatches({ vmi: makeVMI() });
    const { user } = renderModal(stoppedVM({ printableStatus: 'Running' }));
    expect(screen.getByTestId('note-noGuestAgent')).toHaveTextContent(
      'No guest agent: the snapshot will be crash-consistent',
    );
    expect(screen.queryByTestId('note-guestAgent')).not.toBeInTheDocument();
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 11: running with the guest agent connected notes the freeze', async () => {
    mockWatches({ vmi: makeVMI([{ type: 'AgentConnected', status: 'True' }]) });
    const { user } = renderModal(stoppedVM({ printableStatus: 'Running' }));
    expect(screen.getByTestId('note-guestAgent')).toHaveTextContent(
      'The guest file systems will be frozen',
    );
    expect(screen.queryByTestId('note-noGuestAgent')).not.toBeInTheDocument();
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 11: a paused VM is warned as not application-consistent', async () => {
    mockWatches({ vmi: makeVMI([{ type: 'Paused', status: 'True' }]) });
    const { user } = renderModal(stoppedVM({ printableStatus: 'Paused' }));
    expect(screen.getByTestId('note-paused')).toHaveTextContent(
      'The VM is paused: the snapshot will not be application-consistent',
    );
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 12: absent volumeSnapshotStatuses shows "unknown", never "no disks", and needs acknowledgement', async () => {
    const { user } = renderModal(makeVM({ volumes: [rootDisk, cloudInitDisk] }));
    expect(screen.getByTestId('disks-unknown')).toHaveTextContent(
      'Disk eligibility is not known yet',
    );
    expect(screen.getByTestId('disks-unknown')).toHaveTextContent('rootdisk');
    expect(screen.queryByText(/no disks/i)).not.toBeInTheDocument();
    expect(screen.queryByTestId('config-only')).not.toBeInTheDocument();
    expect(screen.queryByText(/Disks included in this snapshot/)).not.toBeInTheDocument();

    expect(submitButton()).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: /^I understand that some disks may not be in this snapshot/,
      }),
    );
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 12: an acknowledgement stops counting when the disk lists change', async () => {
    const vm = makeVM({ volumes: [rootDisk, containerDisk] });
    const { user, view, closeOverlay } = renderModal(vm);
    await user.click(screen.getByTestId('acknowledge-disks'));
    expect(submitButton()).toBeEnabled();

    // The controller reports in while the modal is open: containerdisk cannot be snapshotted.
    mockWatches({
      vm: makeVM({
        volumes: [rootDisk, containerDisk],
        statuses: [
          { name: 'rootdisk', enabled: true },
          { name: 'containerdisk', enabled: false, reason: 'r' },
        ],
      }),
    });
    view.rerender(<TakeSnapshotModal vm={vm} closeOverlay={closeOverlay} />);

    expect(screen.getByTestId('disks-not-included')).toHaveTextContent('containerdisk — r');
    expect(screen.getByTestId('acknowledge-disks')).not.toBeChecked();
    expect(submitButton()).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: /^I understand that the disks listed as not included will not be in this snapshot/,
      }),
    );
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 12: all disks unsupported warns that only the configuration is saved', async () => {
    const vm = makeVM({
      volumes: [containerDisk, cloudInitDisk],
      statuses: [
        { name: 'containerdisk', enabled: false, reason: NOT_SUPPORTED('containerdisk') },
        { name: 'cloudinitdisk', enabled: false, reason: NOT_SUPPORTED('cloudinitdisk') },
      ],
    });
    const { user } = renderModal(vm);
    expect(screen.getByTestId('config-only')).toHaveTextContent(
      'Only the VM configuration will be saved',
    );
    expect(screen.getByTestId('disks-not-included')).toHaveTextContent('containerdisk');
    expect(submitButton()).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', {
        name: /^I understand that only the VM configuration will be saved, without disk data/,
      }),
    );
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('scenario 13: another snapshot in progress is named, and this one is still allowed', async () => {
    const { user } = renderModal(
      stoppedVM({ printableStatus: 'Stopped', snapshotInProgress: 'other-snap' }),
    );
    const note = screen.getByTestId('note-snapshotInProgress');
    expect(note).toHaveTextContent('Snapshot other-snap is still in progress');
    expect(note).toHaveTextContent('waits until other-snap is done');
    expect(note).toHaveTextContent('failure deadline keeps counting');
    await user.click(submitButton());
    expectOneCreate(snapshot(nameInput().value));
  });

  it('sends the description and, only when opted in, the VM owner reference', async () => {
    const { user } = renderModal(stoppedVM());
    await user.type(screen.getByTestId('snapshot-description'), 'before the upgrade');
    expect(screen.getByText(/By default a snapshot outlives its VM/)).toBeVisible();
    await user.click(screen.getByLabelText('Delete this snapshot when the VM is deleted'));
    await user.click(submitButton());
    expectOneCreate(
      snapshot(nameInput().value, {
        metadata: {
          annotations: { description: 'before the upgrade' },
          ownerReferences: [
            {
              apiVersion: 'kubevirt.io/v1',
              kind: 'VirtualMachine',
              name: 'vm-a',
              uid: 'uid-vm-a',
              blockOwnerDeletion: false,
              controller: false,
            },
          ],
        },
      }),
    );
  });
});
