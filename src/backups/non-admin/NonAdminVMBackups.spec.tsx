import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { launchOverlayMock } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { vmLabelKey } from '../scope/productLabels';
import { VMBackupsTabBody as VMBackupsTab } from '../vm-tab/VMBackupsTab';
import { LazyDeleteNonAdminBackupModal } from './lazyNonAdminModals';

const vm = {
  metadata: { name: 'fedora-web', namespace: 'demo', uid: 'vm-1', labels: { app: 'fedora-web' } },
  spec: { template: { spec: { domain: { devices: {} }, volumes: [] } } },
};
const mine = { [vmLabelKey('fedora-web')]: 'demo' };
const nab = (name: string, created: string, status: object) => ({
  metadata: { name, namespace: 'demo', uid: name, creationTimestamp: created, labels: mine },
  spec: { backupSpec: { ttl: '720h0m0s' } },
  status,
});
const running = nab('web-running', '2026-12-02T02:00:00Z', {
  phase: 'Created',
  veleroBackup: {
    name: 'demo-web-running-x',
    status: { phase: 'InProgress', progress: { totalItems: 10, itemsBackedUp: 4 } },
  },
  dataMoverDataUploads: { total: 2, completed: 1, inProgress: 1 },
  queueInfo: { estimatedQueuePosition: 0 },
});
const queued = nab('web-queued', '2026-12-02T02:05:00Z', {
  phase: 'Created',
  veleroBackup: { name: 'demo-web-queued-x' },
  queueInfo: { estimatedQueuePosition: 2 },
});
const done = nab('web-done', '2026-12-01T02:00:00Z', {
  phase: 'Created',
  veleroBackup: { name: 'demo-web-done-x', status: { phase: 'Completed' } },
});

// The seed's developer: nothing in openshift-adp, NonAdminBackups in demo, the API served.
const asDeveloper = () => {
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_VELERO', 'VDP_NON_ADMIN'].includes(flag));
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
  mockWatches({
    NonAdminBackup: [[done, running, queued], true],
    NonAdminRestore: [
      [
        {
          metadata: {
            name: 'web-done-r',
            namespace: 'demo',
            creationTimestamp: '2026-12-02T03:00:00Z',
          },
          spec: { restoreSpec: { backupName: 'web-done' } },
          status: {
            phase: 'Created',
            veleroRestore: { status: { phase: 'WaitingForPluginOperations' } },
            dataMoverDataDownloads: { total: 1, inProgress: 1 },
          },
        },
      ],
      true,
    ],
  });
};

beforeEach(asDeveloper);

test('developer: the VM’s NonAdminBackups, newest first, with mirrored status, uploads and queue', () => {
  renderWithRouter(<VMBackupsTab obj={vm} />);
  expect(
    screen.queryByText('Backups are managed by the cluster administrator'),
  ).not.toBeInTheDocument();
  expect(screen.queryByText('Schedules')).not.toBeInTheDocument();
  const rows = screen.getAllByRole('row').slice(1, 4);
  expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual([
    'web-queued',
    'web-running',
    'web-done',
  ]);
  expect(within(rows[0]).getByText('Waiting: number 2 in the Velero queue')).toBeVisible();
  expect(within(rows[1]).getByText('1 of 2 disk uploads done')).toBeVisible();
  expect(within(rows[1]).getByText('4 of 10 items')).toBeVisible();
  expect(within(rows[1]).getByRole('button', { name: /Restore fedora-web/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  expect(screen.getByText('Objects restored; disk data is still being downloaded.')).toBeVisible();
  expect(screen.getByText('0 of 1 done')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Back up' })).toHaveAttribute(
    'href',
    '/data-protection/backups/~new?vm=demo%2Ffedora-web',
  );
});

test('Restore opens the restore wizard with the VM and backup; Delete its modal', async () => {
  renderWithRouter(<VMBackupsTab obj={vm} />);
  await userEvent.hover(
    within(screen.getAllByRole('row')[2]).getByRole('button', { name: /Restore fedora-web/ }),
  );
  expect(await screen.findByRole('tooltip')).toHaveTextContent(
    'Only a Completed or PartiallyFailed backup can be restored.',
  );
  const row = screen.getAllByRole('row')[3];
  expect(
    within(row).getByRole('link', { name: 'Restore fedora-web from web-done' }),
  ).toHaveAttribute('href', '/data-protection/restores/~new?backup=web-done&vm=demo%2Ffedora-web');
  await userEvent.click(within(row).getByRole('button', { name: 'Delete web-done' }));
  expect(launchOverlayMock).toHaveBeenLastCalledWith(LazyDeleteNonAdminBackupModal, { nab: done });
});

test('the API served but no right to create NonAdminBackups (viewer): who to ask, no table', () => {
  jest.mocked(useAccessReview).mockImplementation(() => [false, false]);
  mockWatches({ Backup: [[], false, Object.assign(new Error('forbidden'), { code: 403 })] });
  renderWithRouter(<VMBackupsTab obj={vm} />);
  expect(screen.getByText('Backups are managed by the cluster administrator')).toBeVisible();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});
