import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { RestoreSnapshotModal } from './RestoreSnapshotModal';

// What the console's watches hand over while the dialog is open (console-runtime.md §2).
const snapshot = makeReadySnapshot();
const deletedSnapshot = {
  ...snapshot,
  metadata: { ...snapshot.metadata, deletionTimestamp: '2026-11-03T00:00:00Z', finalizers: [] },
};

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({
    'VirtualMachineSnapshot/snap-1': [snapshot, true],
    'VirtualMachine/vm-a': [makeVMWithSpec(), true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
    VirtualMachineRestore: [[], true],
    ...over,
  });

const dialog = () => <RestoreSnapshotModal snapshot={snapshot} closeOverlay={jest.fn()} />;
const confirmField = () => screen.getByRole('textbox', { name: /Type vm-a to confirm/ });

describe('Restore dialog under the console watch rules', () => {
  it('says the snapshot was deleted while open (DELETED leaves its last state) and sends nothing', async () => {
    world();
    const user = userEvent.setup();
    const { rerender } = render(dialog());
    await user.type(confirmField(), 'vm-a');
    expect(screen.getByRole('button', { name: 'Restore' })).toBeEnabled();

    world({ 'VirtualMachineSnapshot/snap-1': [deletedSnapshot, true] });
    rerender(dialog());
    expect(screen.getByTestId('snapshot-deleted')).toHaveTextContent(
      'This snapshot was deletedThe snapshot snap-1 no longer exists, so nothing can be done with it.',
    );
    const submit = screen.getByRole('button', { name: 'Restore' });
    expect(submit).toBeDisabled();
    await user.click(submit);
    expect(k8sCreate).not.toHaveBeenCalled();
  });

  it('also after the 404 of the console poll', () => {
    world({ 'VirtualMachineSnapshot/snap-1': [snapshot, true, new HttpError('not found', 404)] });
    render(dialog());
    expect(screen.getByTestId('snapshot-deleted')).toBeVisible();
  });

  it('keeps the VM shown when its watch fails, says it may be out of date, and recovers', async () => {
    world({ 'VirtualMachine/vm-a': [makeVMWithSpec(), true, new HttpError('unavailable', 503)] });
    const user = userEvent.setup();
    const { rerender } = render(dialog());
    expect(screen.getByTestId('stale-data')).toHaveTextContent(
      'The VM may be out of dateLive updates failed: unavailable What is shown is the last state received.',
    );
    await user.type(confirmField(), 'vm-a');
    expect(screen.getByRole('button', { name: 'Restore' })).toBeEnabled();
    world();
    rerender(dialog());
    expect(screen.queryByTestId('stale-data')).not.toBeInTheDocument();
  });

  it('sees a stopped VM as stopped though the console still holds its deleted VMI', () => {
    world({
      'VirtualMachine/vm-a': [makeVMWithSpec(undefined, { printableStatus: 'Stopped' }), true],
      'VirtualMachineInstance/vm-a': [{ metadata: { name: 'vm-a' } }, true],
    });
    render(dialog());
    expect(screen.queryByTestId('running-vm')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });
});
