import { HttpError, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { mockWatches, watchRequests } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { BackupsListPage } from '../list/BackupsListPage';
import { vmLabelKey } from '../scope/productLabels';

const nab = (name: string, labels: Record<string, string>, status: object) => ({
  metadata: {
    name,
    namespace: 'demo',
    uid: name,
    creationTimestamp: '2026-12-02T02:00:00Z',
    labels,
  },
  spec: { backupSpec: {} },
  status,
});
const web = nab(
  'web-done',
  { [vmLabelKey('fedora-web')]: 'demo', [vmLabelKey('rhel9-db')]: 'demo' },
  {
    phase: 'Created',
    veleroBackup: { name: 'demo-web-done-x', status: { phase: 'Completed' } },
  },
);
const refused = nab(
  'all-refused',
  {},
  {
    phase: 'BackingOff',
    conditions: [
      {
        type: 'Accepted',
        status: 'False',
        message: 'spec.backupSpec.includedNamespaces is restricted',
      },
    ],
  },
);

// The seed's developer on the Backups nav item: nothing in openshift-adp, edit in demo.
const asDeveloper = (nabs: unknown[], error?: HttpError) => {
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_VELERO', 'VDP_NON_ADMIN'].includes(flag));
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
  const forbidden = new HttpError('forbidden', 403);
  mockWatches({ NonAdminBackup: [nabs, !error, error], Backup: [[], false, forbidden] });
};

test('a namespace user’s Backups list: their NonAdminBackups of the active project, with actions', () => {
  asDeveloper([refused, web]);
  renderWithRouter(<BackupsListPage />);
  const list = screen.getByTestId('non-admin-backups-list');
  expect(list).toHaveTextContent('Backups of namespace demo (OADP self-service)');
  expect(screen.queryByTestId('backups-forbidden')).not.toBeInTheDocument();
  const row = within(screen.getByTestId('vm-nab-web-done'));
  expect(row.getByTestId('nab-vms')).toHaveTextContent('fedora-web, rhel9-db');
  expect(row.getByRole('link', { name: 'Restore from web-done' })).toHaveAttribute(
    'href',
    '/data-protection/restores/~new?backup=web-done',
  );
  const other = within(screen.getByTestId('vm-nab-all-refused'));
  expect(other.getByTestId('nab-vms')).toHaveTextContent('The namespace’s VMs the backup selects');
  expect(other.getByRole('button', { name: 'Restore from all-refused' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // Their namespace only: no Velero watch they would be refused, no cluster-wide VM list.
  expect(
    watchRequests().filter(
      // Where Velero is comes from the DPAs (useVeleroNamespace); nothing else outside demo.
      (r) =>
        r && r.namespace !== 'demo' && r.groupVersionKind?.kind !== 'DataProtectionApplication',
    ),
  ).toEqual([]);
  expect(watchRequests().some((r) => r?.groupVersionKind?.kind === 'NonAdminBackup')).toBe(true);
});

test('none yet: where to make one; a refused watch: in words, with the server’s message', () => {
  asDeveloper([]);
  const { unmount } = renderWithRouter(<BackupsListPage />);
  expect(screen.getByText('Back up a VM of demo from its Backups tab.')).toBeVisible();
  unmount();
  asDeveloper([], new HttpError('nonadminbackups.oadp.openshift.io is forbidden: quota', 403));
  renderWithRouter(<BackupsListPage />);
  expect(
    screen.getByText(
      'Your account may not read them in this project: ask your cluster administrator.',
    ),
  ).toBeVisible();
  expect(screen.getByText('nonadminbackups.oadp.openshift.io is forbidden: quota')).toBeVisible();
  expect(screen.queryByText('Back up a VM of demo from its Backups tab.')).not.toBeInTheDocument();
});
