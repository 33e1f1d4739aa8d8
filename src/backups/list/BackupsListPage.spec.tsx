import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches, watchRequests } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { vmLabelKey } from '../scope/productLabels';
import { BackupsListPage } from './BackupsListPage';

const backup = (
  name: string,
  status: Record<string, unknown>,
  labels: Record<string, string> = {},
) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Backup',
  metadata: { name, namespace: 'openshift-adp', uid: `uid-${name}`, labels },
  spec: { includedNamespaces: ['demo'], storageLocation: 'dpa-sample-1' },
  status,
});
const vms = [
  { metadata: { name: 'fedora-web', namespace: 'demo' } },
  { metadata: { name: 'mixed-storage', namespace: 'demo' } },
];

beforeEach(() => jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO'));

test('rows with phase, VMs, progress and counts, from one watch per kind in the Velero namespace', () => {
  mockWatches({
    DataProtectionApplication: [
      [{ metadata: { name: 'dpa-sample', namespace: 'openshift-adp' } }],
      true,
    ],
    Backup: [
      [
        backup(
          'nightly-1',
          {
            phase: 'PartiallyFailed',
            errors: 1,
            warnings: 2,
            startTimestamp: '2026-11-30T02:00:00Z',
          },
          {
            'velero.io/schedule-name': 'demo-nightly',
          },
        ),
        backup(
          'picked',
          { phase: 'WaitingForPluginOperations', progress: { totalItems: 20, itemsBackedUp: 20 } },
          {
            [vmLabelKey('fedora-web')]: 'demo',
          },
        ),
      ],
      true,
    ],
    DataUpload: [
      [
        {
          metadata: { name: 'picked-a', labels: { 'velero.io/backup-name': 'picked' } },
          status: { phase: 'InProgress', progress: { bytesDone: 512, totalBytes: 1024 } },
        },
      ],
      true,
    ],
    VirtualMachine: [vms, true],
  });
  // With the errors / warnings column, hidden by default, shown.
  renderWithRouter(<BackupsListPage />, '/?vdp-columns=vms,progress,problems,started,schedule');
  const rows = screen.getAllByRole('row').slice(1);
  expect(rows).toHaveLength(2);
  const partial = rows.find((r) => within(r).queryByText('nightly-1'));
  expect(partial).toBeDefined();
  expect(within(partial as HTMLElement).getByText('Partially failed')).toBeVisible();
  expect(within(partial as HTMLElement).getByText('1 / 2')).toBeVisible();
  expect(within(partial as HTMLElement).getByText('mixed-storage')).toBeVisible();
  const picked = rows.find((r) => within(r).queryByText('picked')) as HTMLElement;
  expect(within(picked).getByText('Uploading')).toBeVisible();
  expect(within(picked).getByText('512 B of 1.0 KiB')).toBeVisible();
  expect(within(picked).queryByText('mixed-storage')).not.toBeInTheDocument();
  const namespaced = watchRequests()
    .filter(
      (r) =>
        r &&
        ['Backup', 'DataUpload', 'DeleteBackupRequest'].includes(r.groupVersionKind?.kind ?? ''),
    )
    .map((r) => `${r?.groupVersionKind?.kind}@${r?.namespace}`);
  expect(new Set(namespaced)).toEqual(
    new Set([
      'Backup@openshift-adp',
      'DataUpload@openshift-adp',
      'DeleteBackupRequest@openshift-adp',
    ]),
  );
});

test('OADP missing: what to install, and no Velero watch at all', () => {
  jest.mocked(useFlag).mockReturnValue(false);
  renderWithRouter(<BackupsListPage />);
  expect(screen.getByText('OADP is not installed')).toBeVisible();
  expect(watchRequests().some((r) => r?.groupVersionKind?.kind === 'Backup')).toBe(false);
});

test('no access to the Velero namespace: the administrator explanation, never the raw 403', () => {
  const forbidden = new HttpError(
    'backups.velero.io is forbidden: User "developer" cannot list resource "backups"',
    403,
  );
  mockWatches({
    Backup: [[], false, forbidden],
    DataProtectionApplication: [[], false, forbidden],
  });
  renderWithRouter(<BackupsListPage />);
  expect(screen.getByText('Backups are managed by the cluster administrator')).toBeVisible();
  expect(
    screen.getByText(/in the openshift-adp namespace, which your account cannot read/),
  ).toBeVisible();
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
});

test('no access, with the NonAdminBackup API served: the self-service way, not "ask to enable it"', () => {
  const forbidden = new HttpError('backups.velero.io is forbidden', 403);
  jest
    .mocked(useFlag)
    .mockImplementation((flag) => flag === 'VDP_VELERO' || flag === 'VDP_NON_ADMIN');
  mockWatches({ Backup: [[], false, forbidden] });
  renderWithRouter(<BackupsListPage />);
  expect(screen.getByTestId('backups-forbidden')).toHaveTextContent(
    'Where OADP self-service backups are enabled for your namespace, you back up and restore its VMs yourself, from each VM’s Backups tab.',
  );
  expect(screen.queryByText(/to enable OADP non-admin backups/)).not.toBeInTheDocument();
});

test('a user who may not create DeleteBackupRequests sees Delete disabled with the reason', async () => {
  jest
    .mocked(useAccessReview)
    .mockImplementation((a) => [a.resource !== 'deletebackuprequests', false]);
  mockWatches({ Backup: [[backup('nightly-1', { phase: 'Completed' })], true] });
  renderWithRouter(<BackupsListPage />);
  await userEvent.click(screen.getByRole('button', { name: 'Actions for nightly-1' }));
  const item = screen.getByRole('menuitem', { name: /Delete backup/ });
  expect(item).toHaveAttribute('aria-disabled', 'true');
  expect(
    screen.getByText('You may not create DeleteBackupRequests in openshift-adp.'),
  ).toBeVisible();
});
