import { HttpError, k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import { screen, waitFor } from '@testing-library/react';
import { stoppedVM } from './takeSnapshotFixtures';
import {
  deadlineInput,
  mockWatches,
  nameInput,
  renderModal,
  submitButton,
} from './takeSnapshotTestUtils';

const request = {
  model: VirtualMachineSnapshotModel,
  data: {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    metadata: { name: 'snap-1', namespace: 'ns', annotations: { description: 'keep me' } },
    spec: {
      source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' },
      failureDeadline: '2h',
    },
  },
};

beforeEach(() => mockWatches({}));

describe('TakeSnapshotModal server errors', () => {
  it.each([
    [
      403,
      'virtualmachinesnapshots.snapshot.kubevirt.io is forbidden: User "dev" cannot create resource "virtualmachinesnapshots" in the namespace "ns"',
    ],
    [409, 'virtualmachinesnapshots.snapshot.kubevirt.io "snap-1" already exists'],
    [
      422,
      'admission webhook "virtualmachinesnapshot-validator.snapshot.kubevirt.io" denied the request: snapshot feature gate not enabled',
    ],
  ])(
    '%i: shows the server message, keeps what was typed, and a retry sends again',
    async (code, message) => {
      jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
      const { user, closeOverlay } = renderModal(stoppedVM());
      await user.clear(nameInput());
      await user.type(nameInput(), 'snap-1');
      await user.type(screen.getByTestId('snapshot-description'), 'keep me');
      await user.type(deadlineInput(), '2');
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Failure deadline unit' }),
        'h',
      );

      await user.click(submitButton());
      const alert = await screen.findByTestId('modal-error');
      expect(alert).toHaveTextContent('The snapshot could not be created');
      expect(alert).toHaveTextContent(message);
      expect(closeOverlay).not.toHaveBeenCalled();
      expect(nameInput()).toHaveValue('snap-1');
      expect(screen.getByTestId('snapshot-description')).toHaveValue('keep me');
      expect(deadlineInput()).toHaveValue('2');
      expect(screen.getByRole('combobox', { name: 'Failure deadline unit' })).toHaveValue('h');
      expect(submitButton()).toBeEnabled();

      await user.click(submitButton());
      expect(k8sCreate).toHaveBeenCalledTimes(2);
      expect(jest.mocked(k8sCreate).mock.calls).toEqual([[request], [request]]);
      expect(closeOverlay).toHaveBeenCalledTimes(1);
      expect(screen.queryByTestId('modal-error')).not.toBeInTheDocument();
    },
  );

  it('sends one request on a double click', async () => {
    let resolve: (value: unknown) => void = () => undefined;
    jest
      .mocked(k8sCreate)
      .mockImplementation(
        () => new Promise((done) => (resolve = done as (value: unknown) => void)),
      );
    const { user, closeOverlay } = renderModal(stoppedVM());
    await user.dblClick(submitButton());
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(closeOverlay).not.toHaveBeenCalled();
    expect(submitButton()).toBeDisabled();
    resolve({});
    await waitFor(() => expect(closeOverlay).toHaveBeenCalledTimes(1));
    expect(k8sCreate).toHaveBeenCalledTimes(1);
  });
});
