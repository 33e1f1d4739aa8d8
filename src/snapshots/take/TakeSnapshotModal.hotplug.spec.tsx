import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { makeVMI, stoppedVM } from './takeSnapshotFixtures';
import { mockWatches, nameInput, renderModal, submitButton } from './takeSnapshotTestUtils';

const SEED_REASON =
  'Hot plugged disks that are not in the virtual machine specification are not included in the snapshot.';

/** A running VM's instance with a disk hot-plugged without being persisted to the VM spec. */
const vmiWithHotplug = () => {
  const vmi = makeVMI([{ type: 'AgentConnected', status: 'True' }]);
  vmi.spec.volumes = [
    { name: 'rootdisk', dataVolume: { name: 'vm-a-rootdisk' } },
    {
      name: 'hotplug-scratch',
      persistentVolumeClaim: { claimName: 'scratch', hotpluggable: true },
    },
  ];
  return vmi;
};

describe('TakeSnapshotModal: hot-plugged disks (seeds 002, 004)', () => {
  it('lists a disk on the VMI that is not in the VM spec as not included, with the documented reason', async () => {
    const vm = stoppedVM({ printableStatus: 'Running' });
    mockWatches({ vm, vmi: vmiWithHotplug() });
    const { user } = renderModal(vm);
    const alert = screen.getByTestId('disks-hotplugged');
    expect(alert).toHaveTextContent('Hot-plugged disks not included (1)');
    expect(alert).toHaveTextContent(SEED_REASON);
    expect(within(alert).getByText('hotplug-scratch')).toBeVisible();
    // It is not counted as included, and leaving its data out must be acknowledged.
    expect(
      within(screen.getByTestId('disks-included')).queryByText('hotplug-scratch'),
    ).not.toBeInTheDocument();
    await user.clear(nameInput());
    await user.type(nameInput(), 'snap-1');
    expect(submitButton()).toBeDisabled();
    await user.click(screen.getByTestId('acknowledge-disks'));
    await user.click(submitButton());
    expect(k8sCreate).toHaveBeenCalledTimes(1);
  });

  it('says nothing about hot-plugging when every VMI volume is in the VM spec', () => {
    const vm = stoppedVM({ printableStatus: 'Running' });
    const vmi = makeVMI([{ type: 'AgentConnected', status: 'True' }]);
    vmi.spec.volumes = [{ name: 'rootdisk', dataVolume: { name: 'vm-a-rootdisk' } }];
    mockWatches({ vm, vmi });
    renderModal(vm);
    expect(screen.queryByTestId('disks-hotplugged')).not.toBeInTheDocument();
    expect(screen.queryByTestId('acknowledge-disks')).not.toBeInTheDocument();
  });
});
