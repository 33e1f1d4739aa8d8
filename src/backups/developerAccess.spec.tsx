/**
 * The seed's `developer`: edit in `demo`, nothing in `openshift-adp` and nothing cluster-wide.
 * Watches and access reviews answer by namespace, as the API server does for that user.
 */
import {
  HttpError,
  useAccessReview,
  useFlag,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { renderWithRouter } from '../test-utils/renderWithRouter';
import { useBackupActions } from './actions/useBackupActions';
import { BackupDetailsPage } from './details/BackupDetailsPage';
import { BackupsListPage } from './list/BackupsListPage';
import { VMBackupsTabBody as VMBackupsTab } from './vm-tab/VMBackupsTab';

const vm = {
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'fedora-web', namespace: 'demo', uid: 'vm-1' },
  spec: { template: { spec: { domain: { devices: {} }, volumes: [] } } },
};

const forbidden = (resource: WatchK8sResource) =>
  new HttpError(
    `${resource.groupVersionKind?.kind?.toLowerCase()}s is forbidden: User "developer" cannot list resource in namespace "${resource.namespace ?? ''}"`,
    403,
  );

const asDeveloper = () => {
  jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO' || flag === 'VDP_OADP');
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    if (!resource) return [undefined, true, undefined];
    if (resource.namespace === 'demo') return [resource.isList ? [vm] : vm, true, undefined];
    return [resource.isList ? [] : undefined, false, forbidden(resource)];
  }) as typeof useK8sWatchResource);
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
};

const expectExplanationOnly = () => {
  expect(screen.getByText('Backups are managed by the cluster administrator')).toBeVisible();
  expect(
    screen.getByText(/in the openshift-adp namespace, which your account cannot read/),
  ).toBeVisible();
  expect(screen.queryByText(/forbidden/i)).not.toBeInTheDocument();
  expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Actions for|Delete/ })).not.toBeInTheDocument();
};

beforeEach(asDeveloper);

test('developer: the Backups list shows the explanation, no error and no Delete', () => {
  renderWithRouter(<BackupsListPage />);
  expectExplanationOnly();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('developer: their VM’s Backups tab shows the explanation, not an error', () => {
  renderWithRouter(<VMBackupsTab obj={vm} />);
  expectExplanationOnly();
  expect(screen.queryByText('Not protected by any schedule')).not.toBeInTheDocument();
});

test('developer: a link to a backup’s details shows the explanation, not the 403', () => {
  renderWithRouter(<BackupDetailsPage name="demo-nightly-1" namespace="openshift-adp" />);
  expectExplanationOnly();
  expect(screen.queryByText('The backup could not be loaded')).not.toBeInTheDocument();
});

test('developer: the Backup actions (console menus) are disabled, each with its reason', () => {
  let actions: ReturnType<typeof useBackupActions>[0] = [];
  const Probe = () => {
    [actions] = useBackupActions({
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: { name: 'demo-nightly-1', namespace: 'openshift-adp' },
      status: { phase: 'Completed' },
    });
    return null;
  };
  renderWithRouter(<Probe />);
  expect(
    actions.map(({ id, disabled, disabledTooltip }) => ({ id, disabled, disabledTooltip })),
  ).toEqual([
    {
      id: 'vdp-backup-restore',
      disabled: true,
      disabledTooltip: 'You may not create Restores in openshift-adp.',
    },
    {
      id: 'vdp-backup-download-log',
      disabled: true,
      disabledTooltip: 'You may not create DownloadRequests in openshift-adp.',
    },
    {
      id: 'vdp-backup-delete',
      disabled: true,
      disabledTooltip: 'You may not create DeleteBackupRequests in openshift-adp.',
    },
  ]);
});
