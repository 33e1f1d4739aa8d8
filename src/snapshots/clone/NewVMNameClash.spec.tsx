import { k8sCreate, k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { PersistentVolumeClaimModel, VirtualMachineModel } from '@shared/k8s/models';
import { mockWatches } from '../../test-utils/mockWatches';
import { makeContent, makeReadySnapshot } from '../../test-utils/snapshotContentFixtures';
import { CreateVMFromSnapshotModal } from './CreateVMFromSnapshotModal';

type GetOptions = { model: { kind: string }; name?: string };

/** Answers k8sGet as a namespace holding exactly these objects ("Kind/name"). */
const holding =
  (...objects: string[]) =>
  ({ model, name }: GetOptions) =>
    objects.includes(`${model.kind}/${name ?? ''}`)
      ? Promise.resolve({ metadata: { name } })
      : Promise.reject(new HttpError(`"${name ?? ''}" not found`, 404));

const submit = () => screen.getByRole('button', { name: 'Create VM' });
const nameField = () => screen.getByRole('textbox', { name: /Name of the new VM/ });

describe('Create VM from snapshot: disks the new name would reuse', () => {
  beforeEach(() => {
    mockWatches({ VirtualMachineSnapshotContent: [[makeContent()], true] });
  });

  it('refuses a name whose restored disk names already exist, naming them, and sends nothing', async () => {
    jest.mocked(k8sGet).mockImplementation(holding('PersistentVolumeClaim/vm-new-datadisk'));
    const user = userEvent.setup();
    render(<CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={jest.fn()} />);
    await user.clear(nameField());
    await user.type(nameField(), 'vm-new');
    await user.click(submit());
    expect(await screen.findByTestId('new-vm-name-error')).toHaveTextContent(
      'Disks named vm-new-datadisk already exist in this namespace. The new VM would use them instead of the disks in the snapshot, so choose another name.',
    );
    expect(jest.mocked(k8sGet).mock.calls.map(([o]) => [o.model, o.name, o.ns])).toEqual([
      [VirtualMachineModel, 'vm-new', 'ns'],
      [PersistentVolumeClaimModel, 'vm-new-rootdisk', 'ns'],
      [PersistentVolumeClaimModel, 'vm-new-datadisk', 'ns'],
    ]);
    expect(k8sCreate).not.toHaveBeenCalled();
    expect(submit()).toBeDisabled();

    await user.type(nameField(), '-2');
    expect(screen.queryByTestId('new-vm-name-error')).not.toBeInTheDocument();
    await user.click(submit());
    await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
  });

  it.each([
    [500, 'etcdserver: request timed out', false],
    [403, 'persistentvolumeclaims is forbidden: no get', true],
  ])(
    'a %i on the disk check: shown and blocking unless it only means "may not read PVCs"',
    async (code, message, sent) => {
      jest
        .mocked(k8sGet)
        .mockImplementation((options: GetOptions) =>
          options.model.kind === 'PersistentVolumeClaim'
            ? Promise.reject(new HttpError(message, code))
            : holding()(options),
        );
      const user = userEvent.setup();
      render(<CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={jest.fn()} />);
      await user.click(submit());
      if (sent) {
        await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
        expect(screen.queryByText(message)).not.toBeInTheDocument();
        return;
      }
      expect(await screen.findByText(message)).toBeVisible();
      expect(nameField()).toHaveValue('snap-1-vm');
      expect(k8sCreate).not.toHaveBeenCalled();
      expect(submit()).toBeEnabled();
    },
  );
});
