import { k8sCreate, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineCloneModel, VirtualMachineModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMSpec,
} from '../../test-utils/snapshotContentFixtures';
import { isAdmissiblePatch } from './buildVMClone';
import { CreateVMFromSnapshotModal } from './CreateVMFromSnapshotModal';

const notFound = () => Promise.reject(new HttpError('virtualmachines "vm-new" not found', 404));

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({ VirtualMachineSnapshotContent: [[makeContent()], true], ...over });

const renderModal = (snapshot = makeReadySnapshot()) => {
  const closeOverlay = jest.fn();
  const view = render(
    <CreateVMFromSnapshotModal snapshot={snapshot} closeOverlay={closeOverlay} />,
  );
  return { closeOverlay, ...view };
};

const nameField = () => screen.getByRole('textbox', { name: /Name of the new VM/ });
const submit = () => screen.getByRole('button', { name: 'Create VM' });

const setName = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  await user.clear(nameField());
  if (name) {
    await user.type(nameField(), name);
  }
};

const cloneWith = (status: V1beta1VirtualMachineClone['status']): V1beta1VirtualMachineClone => ({
  apiVersion: 'clone.kubevirt.io/v1beta1',
  kind: 'VirtualMachineClone',
  metadata: { name: 'vm-new-clone-x', namespace: 'ns' },
  spec: {
    source: { apiGroup: 'snapshot.kubevirt.io', kind: 'VirtualMachineSnapshot', name: 'snap-1' },
    target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' },
  },
  status,
});

describe('Create VM from snapshot', () => {
  it('22: checks the name is free, then POSTs one VirtualMachineClone', async () => {
    world();
    jest.mocked(k8sGet).mockImplementation(notFound);
    const user = userEvent.setup();
    renderModal();
    expect(nameField()).toHaveValue('snap-1-vm');
    await setName(user, 'vm-new');
    await user.dblClick(submit());
    await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
    expect(k8sGet).toHaveBeenCalledWith({ model: VirtualMachineModel, name: 'vm-new', ns: 'ns' });
    expect(k8sCreate).toHaveBeenCalledWith({
      model: VirtualMachineCloneModel,
      data: {
        apiVersion: 'clone.kubevirt.io/v1beta1',
        kind: 'VirtualMachineClone',
        metadata: {
          name: expect.stringMatching(/^vm-new-clone-[a-z0-9]{5}$/) as string,
          namespace: 'ns',
        },
        spec: {
          source: {
            apiGroup: 'snapshot.kubevirt.io',
            kind: 'VirtualMachineSnapshot',
            name: 'snap-1',
          },
          target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' },
          volumeNamePolicy: 'PrefixTargetName',
        },
      },
    });
  });

  it('22: "Start the VM" adds only admissible patches, and the description never goes into them', async () => {
    const legacy = { ...makeVMSpec(), running: false, runStrategy: undefined };
    world({ VirtualMachineSnapshotContent: [[makeContent(legacy)], true] });
    jest.mocked(k8sGet).mockImplementation(notFound);
    const user = userEvent.setup();
    renderModal();
    await setName(user, 'vm-new');
    await user.click(screen.getByRole('checkbox', { name: 'Start the VM once created' }));
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Copy: for tests, keep');
    await user.click(submit());
    await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
    const sent = jest.mocked(k8sCreate).mock.calls[0][0].data as V1beta1VirtualMachineClone;
    const patches = sent.spec.patches ?? [];
    expect(patches).toEqual([
      '{"op":"remove","path":"/spec/running"}',
      '{"op":"add","path":"/spec/runStrategy","value":"Always"}',
    ]);
    patches.forEach((p) => {
      expect(isAdmissiblePatch(p)).toBe(true);
      expect(p).toMatch(/"path":"\/(spec|metadata\/labels|metadata\/annotations)\//);
    });
    expect(JSON.stringify(jest.mocked(k8sCreate).mock.calls[0][0].data)).not.toContain('Copy');
  });

  it.each([
    ['Bad_Name', 'Name must consist of lower case alphanumeric characters'],
    ['', 'Name is required.'],
    ['a'.repeat(64), 'Name must be no more than 63 characters.'],
  ])('23: refuses the name "%s" inline and sends nothing', async (name, message) => {
    world();
    const user = userEvent.setup();
    renderModal();
    await setName(user, name);
    expect(screen.getByTestId('new-vm-name-error')).toHaveTextContent(message);
    expect(submit()).toBeDisabled();
    await user.click(submit());
    expect(k8sGet).not.toHaveBeenCalled();
    expect(k8sCreate).not.toHaveBeenCalled();
  });

  it('23: an existing VM name gives an inline error and nothing is POSTed', async () => {
    world();
    jest.mocked(k8sGet).mockResolvedValue({ metadata: { name: 'vm-a' } });
    const user = userEvent.setup();
    renderModal();
    await setName(user, 'vm-a');
    await user.click(submit());
    expect(await screen.findByTestId('new-vm-name-error')).toHaveTextContent(
      'A VM named vm-a already exists in this namespace.',
    );
    expect(k8sCreate).not.toHaveBeenCalled();
    expect(submit()).toBeDisabled();
    await setName(user, 'vm-b');
    expect(submit()).toBeEnabled();
  });

  it('shows a failed existence check with the server message and sends nothing', async () => {
    world();
    jest.mocked(k8sGet).mockRejectedValue(new HttpError('virtualmachines is forbidden', 403));
    const user = userEvent.setup();
    renderModal();
    await setName(user, 'vm-new');
    await user.click(submit());
    expect(await screen.findByText('virtualmachines is forbidden')).toBeInTheDocument();
    expect(k8sCreate).not.toHaveBeenCalled();
    expect(nameField()).toHaveValue('vm-new');
  });

  it.each([
    [403, 'virtualmachineclones.clone.kubevirt.io is forbidden'],
    [404, 'the server could not find the requested resource'],
    [409, 'virtualmachineclones "vm-new-clone-abcde" already exists'],
    [422, 'admission webhook denied the request: snapshot feature gate is not enabled'],
    [500, 'Internal error occurred'],
  ])(
    'shows a %s answer to the POST with its message and keeps the input',
    async (code, message) => {
      world();
      jest.mocked(k8sGet).mockImplementation(notFound);
      jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
      const user = userEvent.setup();
      renderModal();
      await setName(user, 'vm-new');
      await user.click(screen.getByRole('checkbox', { name: 'Start the VM once created' }));
      await user.click(submit());
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(nameField()).toHaveValue('vm-new');
      expect(screen.getByRole('checkbox', { name: 'Start the VM once created' })).toBeChecked();
    },
  );

  it('24: follows the clone phases, then links to the new VM and adds the description', async () => {
    world();
    jest
      .mocked(k8sGet)
      .mockImplementation(({ model }) =>
        model.kind === 'VirtualMachine' && jest.mocked(k8sCreate).mock.calls.length
          ? Promise.resolve({ metadata: { name: 'vm-new', namespace: 'ns' } })
          : notFound(),
      );
    const user = userEvent.setup();
    const { rerender, closeOverlay } = renderModal();
    await setName(user, 'vm-new');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'a, b: c');
    await user.click(submit());
    expect(await screen.findByTestId('clone-progress')).toBeInTheDocument();
    const show = (status: V1beta1VirtualMachineClone['status']) => {
      world({ VirtualMachineClone: [cloneWith(status), true] });
      rerender(
        <CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={closeOverlay} />,
      );
    };
    const current = () =>
      // eslint-disable-next-line testing-library/no-node-access -- the current step is marked by aria-current only
      screen.getByTestId('clone-progress').querySelector('[aria-current="step"]')?.textContent;
    for (const [phase, step] of [
      ['SnapshotInProgress', 'Waiting for the snapshot'],
      ['RestoreInProgress', 'Restoring the disks'],
      ['CreatingTargetVM', 'Creating the VM'],
    ]) {
      show({ phase });
      expect(current()).toContain(step);
    }
    expect(k8sPatch).not.toHaveBeenCalled();
    show({ phase: 'Succeeded', targetName: 'vm-new' });
    expect(screen.getByTestId('new-vm-link')).toHaveTextContent('vm-new');
    await waitFor(() =>
      expect(k8sPatch).toHaveBeenCalledWith({
        model: VirtualMachineModel,
        resource: { metadata: { name: 'vm-new', namespace: 'ns' } },
        data: [{ op: 'add', path: '/metadata/annotations', value: { description: 'a, b: c' } }],
      }),
    );
    expect(await screen.findByTestId('description-applied')).toBeInTheDocument();
  });

  it('24: shows pending with its reason, and a failure with the Ready reason', async () => {
    world();
    jest.mocked(k8sGet).mockImplementation(notFound);
    const user = userEvent.setup();
    const { rerender } = renderModal();
    await setName(user, 'vm-new');
    await user.click(submit());
    expect(await screen.findByTestId('clone-progress')).toBeInTheDocument();
    world({
      VirtualMachineClone: [
        cloneWith({
          phase: '',
          conditions: [
            { type: 'Progressing', status: 'False', reason: 'Pending' },
            { type: 'Ready', status: 'False', reason: 'SourceDoesNotExist' },
          ],
        }),
        true,
      ],
    });
    rerender(<CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={jest.fn()} />);
    expect(screen.getByText('Pending: SourceDoesNotExist')).toBeInTheDocument();
    world({
      VirtualMachineClone: [
        cloneWith({
          phase: 'Failed',
          conditions: [
            { type: 'Ready', status: 'False', reason: 'volume datadisk is not backed up' },
          ],
        }),
        true,
      ],
    });
    rerender(<CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={jest.fn()} />);
    expect(screen.getByText('Creating the VM failed')).toBeInTheDocument();
    expect(screen.getByText('volume datadisk is not backed up')).toBeInTheDocument();
  });

  it('25: refuses a partial snapshot up front', () => {
    world();
    renderModal(
      makeReadySnapshot('snap-1', {
        snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: ['datadisk'] },
      }),
    );
    expect(screen.getByText('A VM cannot be created from this snapshot')).toBeInTheDocument();
    expect(screen.getByText(/not backed up in this snapshot \(datadisk\)/)).toBeInTheDocument();
    expect(submit()).toBeDisabled();
  });

  it('26: refuses a VM with a vTPM, persistent or not, with the documented reason', () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.devices.tpm = {};
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    renderModal();
    expect(
      screen.getByText(
        'Cloning a VM with a vTPM device attached to it or creating a new VM from its snapshot is not supported.',
      ),
    ).toBeInTheDocument();
    expect(submit()).toBeDisabled();
  });

  it('26: refuses a VM with persistent EFI state up front', () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.firmware = { bootloader: { efi: { persistent: true } } };
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    renderModal();
    expect(screen.getByText(/persistent EFI state/)).toBeInTheDocument();
    expect(submit()).toBeDisabled();
  });
});
