import {
  HttpError,
  k8sCreate,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from '../wizard/wizardTestFixtures';
import { NonAdminBackupModel } from './nonAdminModels';

const VELERO_KINDS = ['DataProtectionApplication', 'BackupStorageLocation', 'Backup', 'Schedule'];

// The seed's developer: admin of demo, nothing in openshift-adp; OADP non-admin enabled.
beforeEach(() => {
  mockCluster({
    NonAdminBackup: [{ metadata: { name: 'taken', namespace: 'demo' } }],
    NonAdminBackupStorageLocation: [
      { metadata: { name: 'team-bucket', namespace: 'demo' }, status: { phase: 'Created' } },
    ],
  });
  const cluster = jest.mocked(useK8sWatchResource).getMockImplementation();
  jest
    .mocked(useK8sWatchResource)
    .mockImplementation(((resource: WatchK8sResource | null) =>
      VELERO_KINDS.includes(resource?.groupVersionKind?.kind ?? '')
        ? [[], false, new HttpError('forbidden', 403)]
        : cluster?.(resource)) as typeof useK8sWatchResource);
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_OADP', 'VDP_NON_ADMIN'].includes(flag));
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
});

test('from a VM, as a namespace user: a NonAdminBackup in demo, no schedule, then the VM’s tab', async () => {
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  expect(screen.getByRole('checkbox', { name: 'Pick fedora-web' })).toBeChecked();
  // Readiness is the administrator's: said so, with what the user can read of their namespace.
  expect(screen.queryByTestId('readiness-checklist')).not.toBeInTheDocument();
  const readiness = screen.getByTestId('namespace-readiness');
  expect(readiness).toHaveTextContent('Your cluster administrator checks backup readiness');
  expect(readiness).toHaveTextContent(
    'OADP, its plugins, the cluster’s storage locations and the snapshot classes are set up in the openshift-adp namespace, which only the cluster administrator can read. If a backup fails because of them, ask your cluster administrator.',
  );
  expect(screen.getByTestId('namespace-location-team-bucket')).toHaveTextContent(
    'team-bucket: ready for your backups',
  );
  // The DPA is not readable: nothing is claimed about what it enforces.
  expect(screen.queryByTestId('namespace-readiness-enforced')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Schedule' })).not.toBeInTheDocument();
  await next();
  await user.click(screen.getByLabelText('CSI snapshot + data mover'));
  await next();
  await user.type(screen.getByTestId('backup-name'), 'taken');
  expect(screen.getByTestId('backup-name-error')).toBeInTheDocument();
  await user.clear(screen.getByTestId('backup-name'));
  await user.type(screen.getByTestId('backup-name'), 'web-before-upgrade');
  const location = screen.getByTestId('storage-location');
  expect(location).toHaveValue('');
  expect(
    within(location)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['The cluster’s default location (set by the administrator)', 'team-bucket']);
  // Nothing to acknowledge: the unreadable items are not the user's to accept.
  await next();
  expect(screen.queryByTestId('partial-ack')).not.toBeInTheDocument();
  await step('Review');
  expect(screen.queryByTestId('wizard-create-schedule-instead')).not.toBeInTheDocument();
  expect(
    within(screen.getByTestId('review-summary')).getByText(
      'Stored in The cluster’s default location (set by the administrator).',
    ),
  ).toBeInTheDocument();
  await user.dblClick(createButton());
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0]).toEqual({
    model: NonAdminBackupModel,
    data: {
      apiVersion: 'oadp.openshift.io/v1alpha1',
      kind: 'NonAdminBackup',
      metadata: {
        name: 'web-before-upgrade',
        namespace: 'demo',
        labels: { 'vms.vm-data-protection.io/fedora-web': 'demo' },
      },
      spec: {
        backupSpec: {
          orLabelSelectors: [{ matchLabels: { app: 'fedora-web' } }],
          snapshotMoveData: true,
          ttl: '720h0m0s',
        },
      },
    },
  });
  expect(await screen.findByTestId('location')).toHaveTextContent(
    '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/fedora-web/backups',
  );
});

test('without a VM, as a namespace user: the same wizard in the active project, no cluster-wide VM list', () => {
  renderWizard();
  expect(screen.getByTestId('namespace-readiness')).toBeVisible();
  expect(screen.queryByText('Virtual machines could not be listed')).not.toBeInTheDocument();
  const vmWatches = jest
    .mocked(useK8sWatchResource)
    .mock.calls.map(([r]) => r)
    .filter((r) => r?.groupVersionKind?.kind === 'VirtualMachine');
  expect(vmWatches.length).toBeGreaterThan(0);
  expect(vmWatches.every((r) => r?.namespace === 'demo')).toBe(true);
});

test('a user who may neither read Velero nor create NonAdminBackups: who manages backups, no wizard', () => {
  jest.mocked(useAccessReview).mockImplementation(() => [false, false]);
  renderWizard();
  expect(screen.getByTestId('backups-forbidden')).toHaveTextContent(
    'Backups are managed by the cluster administrator',
  );
  expect(screen.queryByTestId('backup-wizard')).not.toBeInTheDocument();
});
