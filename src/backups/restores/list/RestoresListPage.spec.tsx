import { HttpError, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { mockWatches, watchRequests } from '../../../test-utils/mockWatches';
import { renderWithRouter } from '../../../test-utils/renderWithRouter';
import { RestoresListPage } from './RestoresListPage';

const forbidden = new HttpError(
  'restores.velero.io is forbidden: User "developer" cannot list resource "restores"',
  403,
);
const restoring = {
  metadata: { name: 'nightly-1-r', namespace: 'openshift-adp' },
  spec: { backupName: 'nightly-1' },
  status: {
    phase: 'InProgress',
    startTimestamp: '2026-12-02T02:00:00Z',
    progress: { itemsRestored: 4, totalItems: 9 },
  },
};
const nar = {
  metadata: { name: 'web-r', namespace: 'demo', creationTimestamp: '2026-12-02T03:00:00Z' },
  spec: { restoreSpec: { backupName: 'web-done' } },
  status: { phase: 'Created', dataMoverDataDownloads: { total: 2, completed: 1 } },
};

const as = (user: 'admin' | 'developer' | 'viewer') => {
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_VELERO', 'VDP_NON_ADMIN'].includes(flag));
  jest
    .mocked(useAccessReview)
    .mockImplementation((review) => [
      user === 'admin' || (user === 'developer' && review.namespace === 'demo'),
      false,
    ]);
  mockWatches(
    user === 'admin'
      ? { Restore: [[restoring], true] }
      : { Restore: [[], false, forbidden], NonAdminRestore: [[nar], true] },
  );
};

test('admin: the Velero namespace’s Restores, items an estimate until done', () => {
  as('admin');
  renderWithRouter(<RestoresListPage />);
  const row = within(screen.getByTestId('restore-row-nightly-1-r'));
  expect(row.getByTestId('restore-items')).toHaveTextContent(
    '4 of about 9 (an estimate until done)',
  );
});

test('developer: their NonAdminRestores of the project, not the 403', () => {
  as('developer');
  renderWithRouter(<RestoresListPage />);
  const list = screen.getByTestId('non-admin-restores-list');
  expect(list).toHaveTextContent('Restores of namespace demo (OADP self-service)');
  expect(within(screen.getByTestId('vm-nar-web-r')).getByText('web-done')).toBeVisible();
  expect(screen.getByText('1 of 2 done')).toBeVisible();
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
  // Only their namespace is watched: nothing in openshift-adp, nothing cluster-wide.
  expect(
    watchRequests().filter(
      // Where Velero is comes from the DPAs (useVeleroNamespace); nothing else outside demo.
      (r) =>
        r && r.namespace !== 'demo' && r.groupVersionKind?.kind !== 'DataProtectionApplication',
    ),
  ).toEqual([]);
});

test('viewer: who manages restores, never the raw 403', () => {
  as('viewer');
  renderWithRouter(<RestoresListPage />);
  expect(screen.getByTestId('restores-forbidden')).toHaveTextContent(
    'Restores are managed by the cluster administratorVelero restores live in the openshift-adp namespace, which your account cannot read.',
  );
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
  expect(screen.queryByTestId('non-admin-restores-list')).not.toBeInTheDocument();
});
