import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { SnapshotDetailsPage } from './SnapshotDetailsPage';

// An open details page while the console's snapshot watch fails or the snapshot goes away.
const snapshot = makeReadySnapshot();

const world = (answer: WatchAnswer) =>
  mockWatches({
    'VirtualMachineSnapshot/snap-1': answer,
    'VirtualMachine/vm-a': [makeVMWithSpec(), true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
  });

const page = () => (
  <MemoryRouter>
    <SnapshotDetailsPage name="snap-1" namespace="ns" />
  </MemoryRouter>
);

describe('Snapshot details page under the console watch rules', () => {
  it('keeps the snapshot shown when its watch fails, says so, and recovers', () => {
    world([snapshot, true]);
    const { rerender } = render(page());
    world([snapshot, true, new HttpError('the server is unavailable', 503)]);
    rerender(page());
    expect(screen.getByRole('heading', { level: 1, name: 'snap-1' })).toBeInTheDocument();
    expect(screen.getByTestId('stale-data')).toHaveTextContent(
      'This snapshot may be out of dateLive updates failed: the server is unavailable What is shown is the last state received.',
    );
    world([snapshot, true]);
    rerender(page());
    expect(screen.queryByTestId('stale-data')).not.toBeInTheDocument();
  });

  it('says the snapshot is gone when a DELETED event leaves its last state as data', () => {
    world([snapshot, true]);
    const { rerender } = render(page());
    const last = {
      ...snapshot,
      metadata: { ...snapshot.metadata, deletionTimestamp: '2026-11-03T00:00:00Z' },
    };
    world([last, true]);
    rerender(page());
    expect(screen.queryByRole('heading', { level: 1, name: 'snap-1' })).not.toBeInTheDocument();
    expect(screen.getByTestId('snapshot-missing')).toHaveTextContent(
      'Snapshot not foundThe snapshot snap-1 does not exist in ns; it may have been deleted.',
    );
  });

  it('and when the console poll then answers 404 with the old data still held', () => {
    world([snapshot, true, new HttpError('not found', 404)]);
    render(page());
    expect(screen.getByTestId('snapshot-missing')).toHaveTextContent('Snapshot not found');
  });
});
