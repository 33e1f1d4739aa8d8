import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { mockWatches } from '../../test-utils/mockWatches';
import { makeContent, makeReadySnapshot } from '../../test-utils/snapshotContentFixtures';
import { CreateVMFromSnapshotModal } from './CreateVMFromSnapshotModal';

const submit = () => screen.getByTestId('modal-submit');

describe('Create VM from snapshot re-checks its gates live (issue 10 part 2)', () => {
  it('refuses once the snapshot it was opened for stops being ready', () => {
    const opened = makeReadySnapshot();
    mockWatches({
      VirtualMachineSnapshotContent: [[makeContent()], true],
      // The live snapshot, as the watch now reports it.
      'VirtualMachineSnapshot/snap-1': [makeReadySnapshot('snap-1', { readyToUse: false }), true],
    });
    render(<CreateVMFromSnapshotModal snapshot={opened} closeOverlay={jest.fn()} />);
    expect(screen.getByText('A VM cannot be created from this snapshot')).toBeInTheDocument();
    expect(
      screen.getByText(
        'A VM can only be created from a snapshot that succeeded and is ready to use. Status: Succeeded, not ready.',
      ),
    ).toBeInTheDocument();
    expect(submit()).toBeDisabled();
  });

  it('refuses without permission to create VirtualMachineClones, saying so', () => {
    mockWatches({ VirtualMachineSnapshotContent: [[makeContent()], true] });
    jest
      .mocked(useAccessReview)
      .mockImplementation((a) => [a.resource !== 'virtualmachineclones', false]);
    render(<CreateVMFromSnapshotModal snapshot={makeReadySnapshot()} closeOverlay={jest.fn()} />);
    expect(
      screen.getByText(
        'You do not have permission to create VirtualMachineClones in this namespace.',
      ),
    ).toBeInTheDocument();
    expect(submit()).toBeDisabled();
  });
});
