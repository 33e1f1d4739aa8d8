import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { launchOverlayMock } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { TakeSnapshotButton } from './TakeSnapshotButton';
import { LazyTakeSnapshotModal } from '../lazyModals';
import { makeVM } from './takeSnapshotFixtures';

const NO_PERMISSION =
  'You do not have permission to create VirtualMachineSnapshots in namespace ns.';

describe('TakeSnapshotButton', () => {
  it('checks create on virtualmachinesnapshots in the VM namespace and opens the modal', async () => {
    const vm = makeVM();
    render(<TakeSnapshotButton vm={vm} />);
    expect(useAccessReview).toHaveBeenCalledWith({
      group: 'snapshot.kubevirt.io',
      resource: 'virtualmachinesnapshots',
      verb: 'create',
      namespace: 'ns',
    });
    const button = screen.getByRole('button', { name: 'Take snapshot' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(launchOverlayMock).toHaveBeenCalledTimes(1);
    expect(launchOverlayMock).toHaveBeenCalledWith(LazyTakeSnapshotModal, { vm });
  });

  it('scenario 14: without create permission it is disabled, focusable, and says why', async () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const user = userEvent.setup();
    render(<TakeSnapshotButton vm={makeVM()} variant="primary" />);
    const button = screen.getByRole('button', { name: 'Take snapshot' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(NO_PERMISSION);
    expect(screen.getByTestId('take-snapshot-disabled-reason')).toHaveTextContent(NO_PERMISSION);
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(launchOverlayMock).not.toHaveBeenCalled();
  });

  it('is disabled with the restore named while a restore of the VM is in progress', async () => {
    const vm = makeVM({ status: { printableStatus: 'Stopped', restoreInProgress: 'restore-1' } });
    render(<TakeSnapshotButton vm={vm} />);
    const button = screen.getByRole('button', { name: 'Take snapshot' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      'Restore restore-1 of this VM is in progress. Wait until it completes.',
    );
    await userEvent.click(button);
    expect(launchOverlayMock).not.toHaveBeenCalled();
  });

  it('stays disabled without a reason while the permission check is pending', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, true]);
    render(<TakeSnapshotButton vm={makeVM()} />);
    const button = screen.getByRole('button', { name: 'Take snapshot' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByTestId('take-snapshot-disabled-reason')).not.toBeInTheDocument();
  });
});
