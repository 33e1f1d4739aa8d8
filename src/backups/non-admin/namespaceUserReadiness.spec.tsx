/**
 * A namespace user (the seed's developer: edit in demo, nothing in openshift-adp) on the
 * Backups list and a Backup's details: readiness is the administrator's, said plainly, with
 * what they can read of their namespace; never a checklist of unknowns.
 */
import {
  HttpError,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { BackupDetailsPage } from '../details/BackupDetailsPage';
import { BackupsListPage } from '../list/BackupsListPage';

const nabsls = [
  { metadata: { name: 'team-bucket', namespace: 'demo' }, status: { phase: 'Created' } },
  {
    metadata: { name: 'archive', namespace: 'demo' },
    status: {
      phase: 'New',
      conditions: [
        { type: 'ClusterAdminApproved', status: 'False', message: 'Awaiting approval.' },
      ],
    },
  },
];

const asDeveloper = (
  flags: string[],
  readable: Record<string, unknown[]> = { NonAdminBackupStorageLocation: nabsls },
) => {
  jest.mocked(useFlag).mockImplementation((flag) => flags.includes(flag));
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    const kind = resource?.groupVersionKind?.kind ?? '';
    if (!resource) return [undefined, true, undefined];
    if (kind in readable) return [readable[kind], true, undefined];
    if (resource.namespace === 'demo') return [resource.isList ? [] : undefined, true, undefined];
    return [resource.isList ? [] : undefined, false, new HttpError(`${kind} is forbidden`, 403)];
  }) as typeof useK8sWatchResource);
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
};

const NON_ADMIN = ['VDP_VELERO', 'VDP_OADP', 'VDP_NON_ADMIN'];

const expectAdministratorsReadiness = () => {
  expect(screen.queryByTestId('readiness-checklist')).not.toBeInTheDocument();
  expect(screen.getByTestId('namespace-readiness')).toHaveTextContent(
    'Your cluster administrator checks backup readinessOADP, its plugins, the cluster’s storage locations and the snapshot classes are set up in the openshift-adp namespace, which only the cluster administrator can read. If a backup fails because of them, ask your cluster administrator.',
  );
};

const expectDemoLocations = () => {
  expect(screen.getByTestId('namespace-readiness-own')).toHaveTextContent(
    'Your own backups are NonAdminBackups in demo: back up or restore a VM from its Backups tab.',
  );
  expect(screen.getByTestId('namespace-location-archive')).toHaveTextContent(
    'archive: not usable yet (New) Awaiting approval.',
  );
  expect(screen.getByTestId('namespace-location-team-bucket')).toHaveTextContent(
    'team-bucket: ready for your backups',
  );
};

test('Backups list, non-admin mode: the administrator checks readiness; demo’s own locations', () => {
  asDeveloper(NON_ADMIN);
  renderWithRouter(<BackupsListPage />);
  expectAdministratorsReadiness();
  expectDemoLocations();
  expect(screen.queryByTestId('namespace-readiness-enforced')).not.toBeInTheDocument();
  // Their own NonAdminBackups below it (NonAdminBackupsList.spec), not the Velero list's 403.
  expect(screen.getByTestId('non-admin-backups-list')).toBeVisible();
});

test('Backup details, non-admin mode: the same, above the explanation instead of a 403', () => {
  asDeveloper(NON_ADMIN);
  renderWithRouter(<BackupDetailsPage name="demo-nightly-1" namespace="openshift-adp" />);
  expectAdministratorsReadiness();
  expectDemoLocations();
  expect(screen.queryByText(/forbidden/)).not.toBeInTheDocument();
});

test('a DPA the administrator lets them read: the backup fields it enforces', () => {
  asDeveloper(NON_ADMIN, {
    NonAdminBackupStorageLocation: [],
    DataProtectionApplication: [
      {
        metadata: { name: 'dpa-sample', namespace: 'openshift-adp' },
        spec: { nonAdmin: { enable: true, enforceBackupSpec: { ttl: '72h0m0s' } } },
      },
    ],
  });
  renderWithRouter(<BackupsListPage />);
  expect(screen.getByTestId('namespace-readiness-locations')).toHaveTextContent(
    'demo has no backup storage location of its own: backups go to the cluster’s default location.',
  );
  expect(screen.getByTestId('namespace-readiness-enforced')).toHaveTextContent(
    'The administrator sets these backup fields for you: ttl.',
  );
});

test('no non-admin API: still the administrator’s readiness, no namespace to speak of', () => {
  asDeveloper(['VDP_VELERO', 'VDP_OADP']);
  renderWithRouter(<BackupsListPage />);
  expectAdministratorsReadiness();
  expect(screen.queryByTestId('namespace-readiness-own')).not.toBeInTheDocument();
  expect(screen.queryByTestId('namespace-readiness-locations')).toBeEmptyDOMElement();
});

test('while the namespace’s locations load: nothing said about them yet, not "could not be read"', () => {
  asDeveloper(NON_ADMIN);
  const cluster = jest.mocked(useK8sWatchResource).getMockImplementation();
  jest
    .mocked(useK8sWatchResource)
    .mockImplementation(((resource: WatchK8sResource | null) =>
      resource?.groupVersionKind?.kind === 'NonAdminBackupStorageLocation'
        ? [[], false, undefined]
        : cluster?.(resource)) as typeof useK8sWatchResource);
  renderWithRouter(<BackupsListPage />);
  expect(screen.getByTestId('namespace-readiness-locations')).toBeEmptyDOMElement();
});
