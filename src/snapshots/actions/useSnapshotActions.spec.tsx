import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ActionsMenu } from '@shared/components/ActionsMenu';
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
import {
  LazyCreateVMFromSnapshotModal,
  LazyDeleteSnapshotModal,
  LazyRestoreSnapshotModal,
} from '../lazyModals';
import { SnapshotRowActions } from '../list/SnapshotRowActions';
import { useSnapshotActions } from './useSnapshotActions';

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({
    'VirtualMachine/vm-a': [makeVMWithSpec(), true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
    VirtualMachineRestore: [[], true],
    ...over,
  });

/** The console's actions menu for a snapshot (details page): the provider hook, with content. */
const ProviderMenu = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const [actions, loaded] = useSnapshotActions(snapshot);
  return (
    <ActionsMenu
      actions={actions}
      isDisabled={!loaded}
      label={`Actions for ${snapshot.metadata?.name ?? ''}`}
    />
  );
};

const openMenu = async (
  snapshot: V1beta1VirtualMachineSnapshot = makeReadySnapshot(),
  Menu = SnapshotRowActions,
) => {
  const user = userEvent.setup();
  render(<Menu snapshot={snapshot} />);
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
    expect(launchOverlayMock).toHaveBeenCalledWith(LazyRestoreSnapshotModal, { snapshot });
    await user.click(screen.getByRole('button', { name: 'Actions for snap-1' }));
    await user.click(item('Create VM from snapshot'));
    expect(launchOverlayMock).toHaveBeenLastCalledWith(LazyCreateVMFromSnapshotModal, { snapshot });
    await user.click(screen.getByRole('button', { name: 'Actions for snap-1' }));
    await user.click(item('Delete snapshot'));
    expect(launchOverlayMock).toHaveBeenLastCalledWith(LazyDeleteSnapshotModal, { snapshot });
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

  it('25: disables Create VM for a partial snapshot, naming the disk (details page)', async () => {
    world();
    await openMenu(
      makeReadySnapshot('snap-1', {
        snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: ['datadisk'] },
      }),
      ProviderMenu,
    );
    expect(item('Create VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'Some disks were not backed up in this snapshot (datadisk), so a VM cannot be created from it.',
    );
  });

  it('26: disables Create VM when the VM has persistent EFI (details page)', async () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.firmware = { bootloader: { efi: { persistent: true } } };
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    await openMenu(makeReadySnapshot(), ProviderMenu);
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'The VM keeps persistent EFI state, which KubeVirt cannot copy into a new VM.',
    );
  });

  it('seed 004: disables Create VM for a VM with a vTPM device, with the documented reason', async () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.devices.tpm = {};
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    await openMenu(makeReadySnapshot(), ProviderMenu);
    expect(item('Create VM from snapshot')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Create VM from snapshot')).toHaveTextContent(
      'Cloning a VM with a vTPM device attached to it or creating a new VM from its snapshot is not supported.',
    );
    expect(item('Restore VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('the row kebab reads no content: only the status gates it, the dialog checks the rest', async () => {
    const spec = makeVMSpec();
    spec.template.spec!.domain.devices.tpm = {};
    world({ VirtualMachineSnapshotContent: [[makeContent(spec)], true] });
    await openMenu();
    expect(item('Create VM from snapshot')).not.toHaveAttribute('aria-disabled', 'true');
    const kinds = jest
      .mocked(useK8sWatchResource)
      .mock.calls.map(([r]) => r?.groupVersionKind?.kind);
    expect(kinds).not.toContain('VirtualMachineSnapshotContent');
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
