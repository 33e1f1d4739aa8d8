import { k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import { makeRestore } from '../../test-utils/fixtures';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import { makeContent, makeReadySnapshot } from '../../test-utils/snapshotContentFixtures';
import { DeleteSnapshotModal } from './DeleteSnapshotModal';

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({ VirtualMachineSnapshotContent: [[makeContent()], true], ...over });

const renderModal = (snapshot = makeReadySnapshot()) => {
  const closeOverlay = jest.fn();
  render(<DeleteSnapshotModal snapshot={snapshot} closeOverlay={closeOverlay} />);
  return { closeOverlay };
};

describe('Delete snapshot', () => {
  it('27: names the content and VolumeSnapshots that go with it, then DELETEs the snapshot', async () => {
    world();
    const user = userEvent.setup();
    const snapshot = makeReadySnapshot();
    const { closeOverlay } = renderModal(snapshot);
    expect(screen.getByTestId('delete-cascade')).toHaveTextContent(
      'The snapshot content vmsc-snap-1 and its VolumeSnapshots are deleted with it',
    );
    expect(screen.getByTestId('delete-volumesnapshots')).toHaveTextContent(
      'vmsnapshot-rootdiskvmsnapshot-datadisk',
    );
    expect(screen.queryByTestId('delete-in-use')).not.toBeInTheDocument();
    await user.dblClick(screen.getByRole('button', { name: 'Delete' }));
    expect(k8sDelete).toHaveBeenCalledTimes(1);
    expect(k8sDelete).toHaveBeenCalledWith({
      model: VirtualMachineSnapshotModel,
      resource: snapshot,
    });
    await waitFor(() => expect(closeOverlay).toHaveBeenCalled());
  });

  it('27: says the content is kept when the deletion policy is Retain', () => {
    world();
    const snapshot = makeReadySnapshot();
    snapshot.spec.deletionPolicy = 'Retain';
    renderModal(snapshot);
    expect(screen.getByTestId('delete-retain')).toHaveTextContent(
      'Its deletion policy is Retain: the snapshot content vmsc-snap-1 and its VolumeSnapshots are kept.',
    );
    expect(screen.queryByTestId('delete-cascade')).not.toBeInTheDocument();
  });

  it('warns when an incomplete restore or a running clone uses the snapshot', () => {
    world({
      VirtualMachineRestore: [
        [
          makeRestore('r-running', 'snap-1', 'vm-a', { complete: false }),
          makeRestore('r-done', 'snap-1', 'vm-a', { complete: true }),
          makeRestore('r-other', 'snap-2', 'vm-a', { complete: false }),
        ],
        true,
      ],
      VirtualMachineClone: [
        [
          {
            metadata: { name: 'clone-1', namespace: 'ns' },
            spec: {
              source: {
                apiGroup: 'snapshot.kubevirt.io',
                kind: 'VirtualMachineSnapshot',
                name: 'snap-1',
              },
              target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' },
            },
            status: { phase: 'RestoreInProgress' },
          },
        ],
        true,
      ],
    });
    renderModal();
    const warning = screen.getByTestId('delete-in-use');
    expect(warning).toHaveTextContent(
      'Restore r-running of VM vm-a has not completed and will fail.',
    );
    expect(warning).toHaveTextContent(
      'Clone clone-1 creating VM vm-new is still running and will fail.',
    );
    expect(warning).not.toHaveTextContent('r-done');
    expect(warning).not.toHaveTextContent('r-other');
  });

  it('shows a failed DELETE with the server message and stays open', async () => {
    world();
    jest.mocked(k8sDelete).mockRejectedValueOnce(new HttpError('Internal error occurred', 500));
    const user = userEvent.setup();
    const { closeOverlay } = renderModal();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Internal error occurred')).toBeInTheDocument();
    expect(closeOverlay).not.toHaveBeenCalled();
  });
});
