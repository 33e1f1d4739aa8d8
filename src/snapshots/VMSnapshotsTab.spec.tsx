import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { makeRestore, makeSnapshot, makeVM } from '../test-utils/fixtures';
import { mockWatches, watchRequests } from '../test-utils/mockWatches';
import { renderWithRouter } from '../test-utils/renderWithRouter';
import { VMSnapshotsTabBody as VMSnapshotsTab } from './VMSnapshotsTabBody';

const vm = makeVM('vm-a');
const ready = { phase: 'Succeeded', readyToUse: true, sourceUID: 'uid-vm-a' };

/** Names in the table body, top to bottom. */
const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0].textContent);

const rowOf = (name: string) =>
  // eslint-disable-next-line testing-library/no-node-access -- a row has no accessible name of its own
  screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('Snapshots tab: list and status (scenarios 1–7)', () => {
  it('1: shows only this VM’s snapshots and flags one from an earlier VM of the same name', () => {
    mockWatches({
      VirtualMachineSnapshot: [
        [
          makeSnapshot('a-1', 'vm-a', ready),
          makeSnapshot('a-2', 'vm-a', { ...ready, sourceUID: 'uid-of-deleted-vm' }),
          makeSnapshot('b-1', 'vm-b', ready),
        ],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(rowNames().sort()).toEqual(['a-1', 'a-2']);
    expect(within(rowOf('a-2')).getByTestId('earlier-vm')).toHaveTextContent('Earlier VM');
    expect(within(rowOf('a-1')).queryByTestId('earlier-vm')).not.toBeInTheDocument();
  });

  it('1: watches once per namespace (or per VM), not per row, and renders one page', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeSnapshot(`s-${i}`, 'vm-a', ready));
    mockWatches({ VirtualMachineSnapshot: [many, true] });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    // Rows share identical watch requests, which the SDK serves with one connection each.
    // null is a skipped watch (nothing opened).
    const unique = new Set(
      watchRequests()
        .filter((r) => r !== null)
        .map((r) => [r?.groupVersionKind?.kind, r?.namespace, r?.name ?? '*'].join(':')),
    );
    expect([...unique].sort()).toEqual([
      'VirtualMachine:ns:vm-a',
      'VirtualMachineRestore:ns:*',
      'VirtualMachineSnapshot:ns:*',
    ]);
    // No VirtualMachineSnapshotContent at all: each holds a whole VM spec (issue 10 part 1).
    expect(watchRequests().some((r) => r?.groupVersionKind?.kind.endsWith('Content'))).toBe(false);
    const reviews = new Set(
      jest.mocked(useAccessReview).mock.calls.map(([a]) => JSON.stringify(a)),
    );
    expect(reviews.size).toBeLessThanOrEqual(4);
    expect(rowNames()).toHaveLength(10);
  });

  it('2/3: tells every state apart and never shows an unset status as success', () => {
    mockWatches({
      VirtualMachineSnapshot: [
        [
          makeSnapshot('in-progress', 'vm-a', {
            phase: 'InProgress',
            conditions: [{ type: 'Progressing', status: 'False', reason: 'Source does not exist' }],
          }),
          makeSnapshot('ok', 'vm-a', ready),
          makeSnapshot('failed', 'vm-a', {
            phase: 'Failed',
            error: { message: 'snapshot deadline exceeded' },
          }),
          makeSnapshot('deleting', 'vm-a', { phase: 'Deleting' }),
          makeSnapshot('no-status', 'vm-a'),
          makeSnapshot('not-ready', 'vm-a', { phase: 'Succeeded', readyToUse: false }),
        ],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    const status = (name: string) => within(rowOf(name)).getByTestId('status');
    expect(status('in-progress')).toHaveTextContent('In progressSource does not exist');
    expect(status('ok')).toHaveTextContent('Ready');
    expect(status('ok')).toHaveAttribute('data-tone', 'success');
    expect(status('failed')).toHaveTextContent('Failedsnapshot deadline exceeded');
    expect(status('failed')).toHaveAttribute('data-tone', 'danger');
    expect(status('deleting')).toHaveTextContent('Deleting');
    expect(status('no-status')).toHaveTextContent('UnknownNo status reported yet');
    expect(status('no-status')).toHaveAttribute('data-tone', 'unknown');
    expect(status('not-ready')).toHaveTextContent('Succeeded, not ready');
    expect(status('not-ready')).toHaveAttribute('data-tone', 'warning');
  });

  it('4: renders indications with severity, reachable by keyboard, with the legacy fallback', async () => {
    const user = userEvent.setup();
    mockWatches({
      VirtualMachineSnapshot: [
        [
          makeSnapshot('online', 'vm-a', {
            ...ready,
            sourceIndications: [
              { indication: 'Online', message: '' },
              { indication: 'NoGuestAgent', message: 'no agent was connected' },
            ],
          }),
          makeSnapshot('legacy', 'vm-a', { ...ready, indications: ['Online', 'QuiesceFailed'] }),
          makeSnapshot('offline', 'vm-a', ready),
        ],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    const noAgent = within(rowOf('online')).getByTestId('indication-NoGuestAgent');
    expect(noAgent).toHaveAttribute('data-severity', 'warning');
    expect(within(rowOf('online')).getByTestId('indication-Online')).toBeInTheDocument();
    expect(within(rowOf('legacy')).getByTestId('indication-QuiesceFailed')).toHaveAttribute(
      'data-severity',
      'danger',
    );
    expect(within(rowOf('offline')).getByTestId('no-indications')).toHaveTextContent('Offline');

    act(() => noAgent.focus());
    await user.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    expect(noAgent).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/no agent was connected/);
  });

  it('5: sorts newest first by creationTime (falling back to creationTimestamp) and re-sorts', async () => {
    const user = userEvent.setup();
    mockWatches({
      VirtualMachineSnapshot: [
        [
          makeSnapshot('middle', 'vm-a', { ...ready }, '2026-11-02T00:00:00Z'),
          // creationTime wins over an older creationTimestamp.
          makeSnapshot(
            'newest',
            'vm-a',
            { ...ready, creationTime: '2026-11-09T00:00:00Z' },
            '2026-10-01T00:00:00Z',
          ),
          makeSnapshot('oldest', 'vm-a', { ...ready }, '2026-11-01T00:00:00Z'),
        ],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(rowNames()).toEqual(['newest', 'middle', 'oldest']);
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(rowNames()).toEqual(['oldest', 'middle', 'newest']);
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      'vdp-sortBy=created&vdp-orderBy=asc',
    );
  });

  it('5: filters by status, keeps the filter in the URL, and restores it from the URL', async () => {
    const user = userEvent.setup();
    const snapshots = [
      makeSnapshot('good', 'vm-a', ready),
      makeSnapshot('bad', 'vm-a', { phase: 'Failed', error: { message: 'x' } }),
    ];
    mockWatches({ VirtualMachineSnapshot: [snapshots, true] });
    const { unmount } = renderWithRouter(<VMSnapshotsTab obj={vm} />);
    await user.click(screen.getByRole('button', { name: 'Filter by status' }));
    await user.click(screen.getByRole('checkbox', { name: 'Failed' }));
    expect(rowNames()).toEqual(['bad']);
    const search = screen.getByTestId('location-search').textContent ?? '';
    expect(search).toBe('?vdp-status=Failed');
    unmount();

    // "Reload": a fresh render from the same URL.
    renderWithRouter(<VMSnapshotsTab obj={vm} />, `/${search}`);
    expect(rowNames()).toEqual(['bad']);
  });

  it('keeps its URL keys apart from the console’s own tables on the same page', async () => {
    const user = userEvent.setup();
    mockWatches({
      VirtualMachineSnapshot: [
        [makeSnapshot('before-upgrade', 'vm-a', ready), makeSnapshot('nightly', 'vm-a', ready)],
        true,
      ],
    });
    // The console's keys: another table filtered by "nightly" on its page 3.
    renderWithRouter(<VMSnapshotsTab obj={vm} />, '/?name=nightly&page=3&sortBy=x&orderBy=asc');
    expect(rowNames().sort()).toEqual(['before-upgrade', 'nightly']);
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'upgr');
    expect(rowNames()).toEqual(['before-upgrade']);
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      '?name=nightly&page=3&sortBy=x&orderBy=asc&vdp-name=upgr',
    );
  });

  it('5: filters by name', async () => {
    const user = userEvent.setup();
    mockWatches({
      VirtualMachineSnapshot: [
        [makeSnapshot('before-upgrade', 'vm-a', ready), makeSnapshot('nightly', 'vm-a', ready)],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'upgr');
    expect(rowNames()).toEqual(['before-upgrade']);
  });

  it('6: shows an empty state with a Take snapshot call to action', () => {
    mockWatches({ VirtualMachineSnapshot: [[], true] });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(screen.getByRole('heading', { name: 'No snapshots found' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Take snapshot' })).toBeInTheDocument();
  });

  it('6: shows an error state, not "No snapshots", when listing is forbidden', () => {
    const forbidden = new HttpError(
      'virtualmachinesnapshots.snapshot.kubevirt.io is forbidden: User "viewer" cannot list resource',
      403,
    );
    mockWatches({ VirtualMachineSnapshot: [[], false, forbidden] });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(
      screen.getByRole('heading', { name: 'Snapshots could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/cannot list resource/)).toBeInTheDocument();
    expect(screen.queryByText('No snapshots found')).not.toBeInTheDocument();
  });

  it('6: still lists snapshots when only the restore watch fails; Last restored is unknown', () => {
    mockWatches({
      VirtualMachineSnapshot: [[makeSnapshot('s', 'vm-a', ready)], true],
      VirtualMachineRestore: [[], false, new HttpError('restores are forbidden', 403)],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(rowNames()).toEqual(['s']);
    expect(within(rowOf('s')).getByText('Unknown')).toBeInTheDocument();
    expect(within(rowOf('s')).getByText(/restores are forbidden/)).toBeInTheDocument();
  });

  it('7: Last restored is the latest completed restore into this VM', () => {
    mockWatches({
      VirtualMachineSnapshot: [
        [makeSnapshot('S', 'vm-a', ready), makeSnapshot('T', 'vm-a', ready)],
        true,
      ],
      VirtualMachineRestore: [
        [
          makeRestore('r2', 'S', 'vm-a', { complete: false }),
          makeRestore('r1', 'S', 'vm-a', { complete: true, restoreTime: '2026-11-01T00:00:00Z' }),
          makeRestore('r3', 'S', 'vm-a', { complete: true, restoreTime: '2026-11-03T00:00:00Z' }),
          makeRestore('tmp-restore-1', 'T', 'other-vm', {
            complete: true,
            restoreTime: '2026-11-04T00:00:00Z',
          }),
        ],
        true,
      ],
    });
    renderWithRouter(<VMSnapshotsTab obj={vm} />);
    expect(within(rowOf('S')).getByText('2026-11-03T00:00:00Z')).toBeInTheDocument();
    expect(within(rowOf('T')).getByText('Never')).toBeInTheDocument();
    // r2 is still running, so S also says a restore is under way.
    expect(within(rowOf('S')).getByTestId('restoring')).toHaveTextContent('Restoring…');
    expect(within(rowOf('T')).queryByTestId('restoring')).not.toBeInTheDocument();
  });
});
