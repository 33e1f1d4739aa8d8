import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  HttpError,
  launchOverlayMock,
} from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { makeRestore } from '../../test-utils/fixtures';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMSpec,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { CreateVMFromSnapshotModal } from '../clone/CreateVMFromSnapshotModal';
import { DeleteSnapshotModal } from '../delete/DeleteSnapshotModal';
import { SnapshotRowActions } from '../list/SnapshotRowActions';
import { RestoreSnapshotModal } from '../restore/RestoreSnapshotModal';

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({
    'VirtualMachine/vm-a': [makeVMWithSpec(), true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
    VirtualMachineRestore: [[], true],
    ...over,
  });

const openMenu = async (snapshot: V1beta1VirtualMachineSnapshot = makeReadySnapshot()) => {
  const user = userEvent.setup();
  render(<SnapshotRowActions snapshot={snapshot} />);
  await user.click(
    screen.getByRole('button', { name: `Actions for ${snapshot.metadata?.name ?? ''}` }),
  );
  return user;
};

const item = (name: string) => screen.getByRole('menuitem', { name: new RegExp(name) });

describe('snapshot actions (row kebab and details page)', () => {
  it('offers Restore, Create VM and Delete for a ready snapshot and opens their dialogs', async () => {
    world();
    const snapshot = makeReadySnapshot();
    const user = await openMenu(snapshot);
    for (const label of [
      'Restore VM from snapshot',
      'Create VM from snapshot',
      'Delete snapshot',
    ]) {
      expect(item(label)).not.toHaveAttribute('aria-disabled', 'true');
    }
    await user.click(item('Restore VM from snapshot'));
    expect(launchOverlayMock).toHaveBeenCalledWith(RestoreSnapshotModal, { snapshot });
    await user.click(screen.getByRole('button', { name: 'Actions for snap-1' }));
    await user.click(item('Create VM from snapshot'));
    expect(launchOverlayMock).toHaveBeenLastCalledWith(CreateVMFromSnapshotModal, { snapshot });
    await user.click(screen.getByRole('button', { name: 'Actions for snap-1' }));
    await user.click(item('Delete snapshot'));
    expect(launchOverlayMock).toHaveBeenLastCalledWith(DeleteSnapshotModal, { snapshot });
  });

  it('3: disables Restore and Create VM for a succeeded but not ready snapshot', async () => {
    world();
    await openMenu(makeReadySnapshot('snap-1', { readyToUse: false }));
    expect(item('Restore VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'Only a snapshot that succeeded and is ready to use can be restored. Status: Succeeded, not ready.',
    );
    expect(item('Create VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'A VM can only be created from a snapshot that succeeded and is ready to use. Status: Succeeded, not ready.',
    );
    expect(item('Delete snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('19: disables Restore while a restore of the VM is running', async () => {
    world({
      VirtualMachineRestore: [[makeRestore('r-1', 'snap-0', 'vm-a', { complete: false })], true],
    });
    await openMenu();
    expect(item('Restore VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'A restore of this VM is in progress (r-1). Wait for it to finish.',
    );
    expect(item('Create VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('20: disables Restore for a snapshot of an earlier VM and points to Create VM', async () => {
    world();
    await openMenu(makeReadySnapshot('snap-1', { sourceUID: 'uid-of-deleted-vm' }));
    expect(item('Restore VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'This snapshot was taken from an earlier VM named vm-a, not the current one. Create a new VM from it instead.',
    );
    expect(item('Create VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('disables Restore when the source VM was deleted; Create VM stays possible', async () => {
    world({ 'VirtualMachine/vm-a': [undefined, false, new HttpError('not found', 404)] });
    await openMenu();
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'The VM vm-a no longer exists, so there is nothing to restore into.',
    );
    expect(item('Create VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('21: disables Restore without create virtualmachinerestores, with a permission reason', async () => {
    world();
    jest
      .mocked(useAccessReview)
      .mockImplementation((attributes) => [
        attributes.resource !== 'virtualmachinerestores',
        false,
      ]);
    await openMenu();
    expect(item('Restore VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'You do not have permission to create VirtualMachineRestores in this namespace.',
    );
    expect(item('Create VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('a viewer sees every action disabled, each with its reason', async () => {
    world();
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const user = await openMenu();
    expect(item('Restore VM from snapshot')).toHaveTextContent(
      'You do not have permission to create VirtualMachineRestores in this namespace.',
    );
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'You do not have permission to create VirtualMachineClones in this namespace.',
    );
    expect(item('Delete snapshot')).toHaveTextContent(
      'You do not have permission to delete VirtualMachineSnapshots in this namespace.',
    );
    await user.click(item('Delete snapshot'));
    expect(launchOverlayMock).not.toHaveBeenCalled();
  });

  it('25: disables Create VM for a partial snapshot, naming the disk', async () => {
    world();
    await openMenu(
      makeReadySnapshot('snap-1', {
        snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: ['datadisk'] },
      }),
    );
    expect(item('Create VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'Some disks were not backed up in this snapshot (datadisk), so a VM cannot be created from it.',
    );
  });

  it('26: disables Create VM when the VM has persistent TPM or EFI', async () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.firmware = { bootloader: { efi: { persistent: true } } };
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    await openMenu();
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'The VM keeps persistent TPM or EFI state, which KubeVirt cannot copy into a new VM.',
    );
  });

  it('27: Delete needs the delete permission on this snapshot', async () => {
    world();
    jest.mocked(useAccessReview).mockImplementation((a) => [a.verb !== 'delete', false]);
    await openMenu();
    expect(item('Delete snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(useAccessReview).toHaveBeenCalledWith({
      group: 'snapshot.kubevirt.io',
      resource: 'virtualmachinesnapshots',
      verb: 'delete',
      namespace: 'ns',
      name: 'snap-1',
    });
  });
});
