import { HttpError, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone, V1VirtualMachine } from '@shared/k8s/types';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CloneDescription } from './CloneDescription';

const succeededClone = {
  apiVersion: 'clone.kubevirt.io/v1beta1',
  kind: 'VirtualMachineClone',
  metadata: { name: 'clone-1', namespace: 'ns' },
  spec: { target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' } },
  status: { phase: 'Succeeded' },
} as V1beta1VirtualMachineClone;

const newVM = { metadata: { name: 'vm-new', namespace: 'ns' } } as V1VirtualMachine;

describe('CloneDescription: a typed description is never silently lost (issue 10 part 2)', () => {
  it('while the VM does not exist yet, says plainly that closing the dialog drops it', () => {
    render(
      <CloneDescription clone={undefined} target="vm-new" namespace="ns" description="for QA" />,
    );
    const pending = screen.getByTestId('description-pending');
    expect(pending).toHaveTextContent('The description is added once the VM exists');
    expect(pending).toHaveTextContent(
      'Keep this dialog open until then. If you close it earlier, the description is not added to vm-new; add it to the VM yourself.',
    );
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('says nothing when no description was typed', () => {
    render(<CloneDescription clone={undefined} target="vm-new" namespace="ns" description="  " />);
    expect(screen.queryByTestId('description-pending')).not.toBeInTheDocument();
  });

  it('a failed patch shows the server’s message and Try again sends the description again', async () => {
    jest.mocked(k8sGet).mockResolvedValue(newVM);
    jest
      .mocked(k8sPatch)
      .mockRejectedValueOnce(new HttpError('Internal error occurred: injected fault', 500))
      .mockResolvedValueOnce(newVM);
    render(
      <CloneDescription
        clone={succeededClone}
        target="vm-new"
        namespace="ns"
        description="for QA"
      />,
    );
    const failed = await screen.findByTestId('description-error');
    expect(failed).toHaveTextContent('The description could not be added');
    expect(failed).toHaveTextContent('Internal error occurred: injected fault');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('description-applied')).toHaveTextContent(
      'Description added to the new VM.',
    );
    expect(k8sPatch).toHaveBeenCalledTimes(2);
    expect(jest.mocked(k8sPatch).mock.calls[1]?.[0]).toEqual({
      model: VirtualMachineModel,
      resource: newVM,
      data: [{ op: 'add', path: '/metadata/annotations', value: { description: 'for QA' } }],
    });
  });
});
