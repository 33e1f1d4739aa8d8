import { k8sCreate, k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineRestoreModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { makeRestore } from '../../test-utils/fixtures';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMSpec,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { RestoreSnapshotModal } from './RestoreSnapshotModal';

const snapshot = makeReadySnapshot();
// The VM grew since the snapshot: more memory and a new DataVolume disk.
const grown = () => {
  const spec = makeVMSpec({ memory: '8Gi' });
  spec.dataVolumeTemplates!.push({ metadata: { name: 'vm-a-extra' }, spec: {} });
  spec.template.spec!.domain.devices.disks!.push({ name: 'extra', disk: {} });
  spec.template.spec!.volumes!.push({ name: 'extra', dataVolume: { name: 'vm-a-extra' } });
  return spec;
};

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({
    'VirtualMachine/vm-a': [makeVMWithSpec(grown()), true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
    VirtualMachineRestore: [[], true],
    ...over,
  });

const renderModal = () => {
  const closeOverlay = jest.fn();
  const view = render(<RestoreSnapshotModal snapshot={snapshot} closeOverlay={closeOverlay} />);
  return { closeOverlay, ...view };
};

const submitButton = (name = 'Restore') => screen.getByRole('button', { name });
const confirmField = () => screen.getByRole('textbox', { name: /Type vm-a to confirm/ });

const expectedBody = (extra: Record<string, unknown> = {}) => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineRestore',
  metadata: {
    name: expect.stringMatching(/^restore-snap-1-[a-z0-9]{5}$/) as string,
    namespace: 'ns',
  },
  spec: {
    target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' },
    virtualMachineSnapshotName: 'snap-1',
    volumeRestorePolicy: 'InPlace',
    ...extra,
  },
});

describe('Restore dialog', () => {
  it('16: says what changes, which PVCs are replaced and which DataVolumes go, then POSTs once', async () => {
    world();
    const user = userEvent.setup();
    renderModal();
    expect(screen.getByTestId('change-memory')).toHaveTextContent('8Gi → 2Gi');
    expect(screen.getByTestId('change-disks')).toHaveTextContent('Removed: extra');
    expect(
      within(screen.getByTestId('replaced-pvcs'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['vm-a-rootdisk (disk rootdisk)', 'vm-a-data (disk datadisk)']);
    expect(screen.getByTestId('deleted-dvs')).toHaveTextContent('vm-a-extra');
    expect(screen.getByTestId('restore-impact')).toHaveTextContent('volume restore policy InPlace');

    expect(submitButton()).toBeDisabled();
    await user.type(confirmField(), 'vm-a');
    await user.dblClick(submitButton());
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate).toHaveBeenCalledWith({
      model: VirtualMachineRestoreModel,
      data: expectedBody(),
    });
    const sent = jest.mocked(k8sCreate).mock.calls[0][0].data as V1beta1VirtualMachineRestore;
    expect(sent.metadata).not.toHaveProperty('ownerReferences');
    expect(sent.spec).not.toHaveProperty('targetReadinessPolicy');
  });

  it('16: shows the full diff one click away, as text', async () => {
    world();
    const user = userEvent.setup();
    renderModal();
    await user.click(screen.getByRole('button', { name: 'Show full diff' }));
    const lines = Array.from(screen.getByTestId('spec-diff').querySelectorAll('span')).map(
      (line) => [line.dataset.diff, line.textContent],
    );
    expect(lines).toContainEqual(['removed', '-        guest: 8Gi\n']);
    expect(lines).toContainEqual(['added', '+        guest: 2Gi\n']);
    expect(lines).toContainEqual(['removed', '-      name: vm-a-extra\n']);
  });

  it('16/19: stays open after submit and follows the restore until complete', async () => {
    world();
    const user = userEvent.setup();
    const { rerender, closeOverlay } = renderModal();
    await user.type(confirmField(), 'vm-a');
    await user.click(submitButton());
    const name = jest.mocked(k8sCreate).mock.calls[0][0].data.metadata?.name ?? '';
    const restore = (status: V1beta1VirtualMachineRestore['status']) => ({
      ...makeRestore(name, 'snap-1', 'vm-a', status),
    });
    world({
      VirtualMachineRestore: [
        [
          restore({
            complete: false,
            conditions: [{ type: 'Progressing', status: 'True', reason: 'Creating new PVCs' }],
          }),
        ],
        true,
      ],
    });
    rerender(<RestoreSnapshotModal snapshot={snapshot} closeOverlay={closeOverlay} />);
    expect(await screen.findByTestId('restore-progress')).toHaveTextContent(
      'In progressCreating new PVCs',
    );
    expect(closeOverlay).not.toHaveBeenCalled();

    world({
      VirtualMachineRestore: [
        [restore({ complete: true, restoreTime: '2026-11-03T08:00:00Z' })],
        true,
      ],
    });
    rerender(<RestoreSnapshotModal snapshot={snapshot} closeOverlay={closeOverlay} />);
    expect(screen.getByTestId('restore-progress')).toHaveTextContent('The VM was restored');
    expect(screen.getByTestId('restore-progress')).toHaveTextContent('2026-11-03T08:00:00Z');
    await user.click(screen.getByText('Close', { selector: 'button span' }));
    expect(closeOverlay).toHaveBeenCalled();
  });

  it('16: shows a failed restore with its reason after submit', async () => {
    world();
    const user = userEvent.setup();
    const { rerender } = renderModal();
    await user.type(confirmField(), 'vm-a');
    await user.click(submitButton());
    const name = jest.mocked(k8sCreate).mock.calls[0][0].data.metadata?.name ?? '';
    world({
      VirtualMachineRestore: [
        [
          makeRestore(name, 'snap-1', 'vm-a', {
            complete: false,
            conditions: [
              { type: 'Failure', status: 'True', reason: 'PVC ns/vm-a-data in status "Lost"' },
            ],
          }),
        ],
        true,
      ],
    });
    rerender(<RestoreSnapshotModal snapshot={snapshot} closeOverlay={jest.fn()} />);
    expect(screen.getByTestId('restore-progress')).toHaveTextContent(
      'The restore failedPVC ns/vm-a-data in status "Lost"',
    );
  });

  it('17: a running VM is only restored after "Stop the VM and restore" (StopTarget)', async () => {
    world({
      'VirtualMachine/vm-a': [makeVMWithSpec(grown(), { printableStatus: 'Running' }), true],
      'VirtualMachineInstance/vm-a': [{ metadata: { name: 'vm-a' } }, true],
    });
    const user = userEvent.setup();
    renderModal();
    expect(screen.getByTestId('running-vm')).toHaveTextContent('The VM vm-a is running');
    await user.type(confirmField(), 'vm-a');
    const submit = submitButton('Stop the VM and restore');
    expect(submit).toBeDisabled();
    await user.click(submit);
    expect(k8sCreate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: /Stop the VM and restore/ }));
    await user.click(submitButton('Stop the VM and restore'));
    expect(k8sCreate).toHaveBeenCalledWith({
      model: VirtualMachineRestoreModel,
      data: expectedBody({ targetReadinessPolicy: 'StopTarget' }),
    });
  });

  it('18: shows a failed earlier restore with its reason and deletes it after confirmation', async () => {
    const failed = makeRestore('restore-old', 'snap-0', 'vm-a', {
      complete: false,
      conditions: [
        { type: 'Progressing', status: 'False', reason: 'Operation failed' },
        {
          type: 'Failure',
          status: 'True',
          reason: 'Restore target failed to be ready within 5m0s',
        },
      ],
    });
    world({ VirtualMachineRestore: [[failed], true] });
    const user = userEvent.setup();
    renderModal();
    const alert = screen.getByTestId('existing-restore');
    expect(alert).toHaveTextContent('Restore restore-old has not completed (Failed)');
    expect(alert).toHaveTextContent('Restore target failed to be ready within 5m0s');
    await user.type(confirmField(), 'vm-a');
    expect(submitButton()).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Delete restore restore-old' }));
    expect(k8sDelete).not.toHaveBeenCalled();
    await user.click(
      within(screen.getByTestId('confirm-delete-restore')).getByRole('button', { name: 'Delete' }),
    );
    expect(k8sDelete).toHaveBeenCalledWith({ model: VirtualMachineRestoreModel, resource: failed });
  });

  it('18: shows the server message when deleting the old restore fails', async () => {
    const stuck = makeRestore('restore-old', 'snap-0', 'vm-a', {
      complete: false,
      conditions: [
        { type: 'Progressing', status: 'False', reason: 'VMSnapshot ns/snap-0 not ready' },
      ],
    });
    world({ VirtualMachineRestore: [[stuck], true] });
    jest.mocked(k8sDelete).mockRejectedValueOnce(new HttpError('forbidden: cannot delete', 403));
    const user = userEvent.setup();
    renderModal();
    expect(screen.getByTestId('existing-restore-reason')).toHaveTextContent(
      'VMSnapshot ns/snap-0 not ready',
    );
    await user.click(screen.getByRole('button', { name: 'Delete restore restore-old' }));
    await user.click(
      within(screen.getByTestId('confirm-delete-restore')).getByRole('button', { name: 'Delete' }),
    );
    expect(await screen.findByText('forbidden: cannot delete')).toBeInTheDocument();
  });

  it('20: refuses a snapshot of an earlier VM with the same name', () => {
    world();
    render(
      <RestoreSnapshotModal
        snapshot={makeReadySnapshot('snap-1', { sourceUID: 'uid-of-deleted-vm' })}
        closeOverlay={jest.fn()}
      />,
    );
    expect(screen.getByText('This snapshot cannot be restored')).toBeInTheDocument();
    expect(screen.getByText(/taken from an earlier VM named vm-a/)).toBeInTheDocument();
    expect(submitButton()).toBeDisabled();
  });

  it('refuses when the VM no longer exists', () => {
    world({ 'VirtualMachine/vm-a': [undefined, false, new HttpError('not found', 404)] });
    renderModal();
    expect(screen.getByText(/The VM vm-a no longer exists/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(submitButton()).toBeDisabled();
  });

  it.each([
    [403, 'virtualmachinerestores is forbidden: User "dev" cannot create'],
    [404, 'the server could not find the requested resource'],
    [409, 'virtualmachinerestores "restore-snap-1-x" already exists'],
    [422, 'admission webhook denied the request: VirtualMachineRestore "r" in progress'],
    [500, 'Internal error occurred'],
  ])(
    'shows a %s answer with the server message and keeps the confirmation',
    async (code, message) => {
      world();
      jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
      const user = userEvent.setup();
      renderModal();
      await user.type(confirmField(), 'vm-a');
      await user.click(submitButton());
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(confirmField()).toHaveValue('vm-a');
      await waitFor(() => expect(submitButton()).toBeEnabled());
    },
  );
});
