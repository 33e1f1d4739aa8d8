// Test helpers for the Take snapshot specs (not part of the plugin bundle).
import { HttpError, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TakeSnapshotModal } from './TakeSnapshotModal';

type Watched = {
  /** What the live VM watch returns; undefined = not loaded yet (the prop is used). */
  vm?: V1VirtualMachine;
  /** The VMI; undefined = the VM has none (404). */
  vmi?: V1VirtualMachineInstance;
};

/** Answers the modal's VM and VMI watches. */
export const mockWatches = ({ vm, vmi }: Watched) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((
    resource: {
      groupVersionKind?: { kind: string };
    } | null,
  ) => {
    const kind = resource?.groupVersionKind?.kind;
    if (kind === 'VirtualMachineInstance') {
      return vmi ? [vmi, true, undefined] : [undefined, false, new HttpError('not found', 404)];
    }
    return kind === 'VirtualMachine' && vm ? [vm, true, undefined] : [undefined, false, undefined];
  }) as typeof useK8sWatchResource);
};

export const renderModal = (vm: V1VirtualMachine) => {
  const user = userEvent.setup();
  const closeOverlay = jest.fn();
  const view = render(<TakeSnapshotModal vm={vm} closeOverlay={closeOverlay} />);
  return { user, closeOverlay, view };
};

export const nameInput = () => screen.getByTestId<HTMLInputElement>('snapshot-name');
export const deadlineInput = () => screen.getByTestId<HTMLInputElement>('snapshot-deadline');
export const submitButton = () => screen.getByTestId<HTMLButtonElement>('modal-submit');
