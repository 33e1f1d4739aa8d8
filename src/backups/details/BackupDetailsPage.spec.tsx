import { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { BackupDetailsPage } from './BackupDetailsPage';

const NAME = 'demo-nightly-20261128020000';
const base = `/api/proxy/plugin/vm-data-protection-plugin/velero/v1/namespaces/openshift-adp/backups/${NAME}`;
const noClass = ` name: /mixed-storage-scratch message: /Error backing up item error: /error executing custom action (groupResource=persistentvolumeclaims, namespace=demo, name=mixed-storage-scratch): rpc error: code = Unknown desc = failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic: error getting VolumeSnapshotClass: failed to get VolumeSnapshotClass for provisioner kubevirt.io.hostpath-provisioner, ensure that the desired VolumeSnapshot class has the velero.io/csi-volumesnapshot-class label`;
const vm = (name: string, claims: string[]) => ({
  metadata: { name, namespace: 'demo' },
  spec: {
    template: {
      spec: {
        domain: { devices: {} },
        volumes: claims.map((c) => ({ name: c, dataVolume: { name: c } })),
      },
    },
  },
});

const files: Record<string, unknown> = {
  results: { errors: { velero: [noClass] }, warnings: {} },
  'resource-list': {
    'kubevirt.io/v1/VirtualMachine': ['demo/fedora-web', 'demo/mixed-storage'],
    'v1/PersistentVolumeClaim': [
      'demo/fedora-web-root',
      'demo/mixed-storage-root',
      'demo/mixed-storage-scratch',
    ],
  },
  'volume-infos': [
    {
      pvcName: 'mixed-storage-scratch',
      pvcNamespace: 'demo',
      skipped: false,
      backupMethod: 'CSISnapshot',
      result: 'failed',
    },
    {
      pvcName: 'fedora-web-root',
      pvcNamespace: 'demo',
      backupMethod: 'CSISnapshot',
      snapshotDataMoved: false,
    },
  ],
};

beforeEach(() => {
  mockWatches({
    [`Backup/${NAME}`]: [
      {
        metadata: {
          name: NAME,
          namespace: 'openshift-adp',
          labels: { 'velero.io/schedule-name': 'demo-nightly' },
        },
        spec: {
          includedNamespaces: ['demo'],
          storageLocation: 'dpa-sample-1',
          snapshotMoveData: false,
        },
        status: {
          phase: 'PartiallyFailed',
          errors: 1,
          warnings: 0,
          startTimestamp: '2026-11-28T02:00:00Z',
          completionTimestamp: '2026-11-28T02:04:52Z',
          hookStatus: { hooksAttempted: 2, hooksFailed: 0 },
        },
      },
      true,
    ],
    BackupStorageLocation: [
      [{ metadata: { name: 'dpa-sample-1' }, status: { phase: 'Available' } }],
      true,
    ],
    VirtualMachine: [
      [
        vm('fedora-web', ['fedora-web-root']),
        vm('mixed-storage', ['mixed-storage-root', 'mixed-storage-scratch']),
      ],
      true,
    ],
  });
  jest.mocked(consoleFetchJSON).mockImplementation(((url: string) => {
    const file = url.slice(base.length + 1).split('?')[0];
    return file in files
      ? Promise.resolve(files[file])
      : Promise.reject(new Error(`unexpected ${url}`));
  }) as typeof consoleFetchJSON);
});

test('overview: meaning, location state, schedule, hooks', () => {
  renderWithRouter(<BackupDetailsPage name={NAME} namespace="openshift-adp" />);
  const overview = screen.getByRole('region', { name: 'Overview' });
  expect(within(overview).getByTestId('overview-meaning')).toHaveTextContent(
    'Saved, but some items or disks failed: see why before relying on it.',
  );
  expect(within(overview).getByTestId('overview-location')).toHaveTextContent(
    'dpa-sample-1 (Available)',
  );
  expect(within(overview).getByTestId('overview-hooks')).toHaveTextContent('2 attempted, 0 failed');
  expect(within(overview).getByText('4m 52s')).toBeVisible();
});

test('why it partially failed: the hostpath disk’s error under mixed-storage, read from the backend', async () => {
  renderWithRouter(<BackupDetailsPage name={NAME} namespace="openshift-adp" />);
  const problems = screen.getByRole('region', { name: 'Errors and warnings' });
  const group = await within(problems).findByTestId('problems-demo-mixed-storage');
  expect(within(group).getByText('persistentvolumeclaims mixed-storage-scratch')).toBeVisible();
  expect(
    within(group).getByText(
      /failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic/,
    ),
  ).toBeVisible();
  expect(within(problems).queryByTestId('problems-demo-fedora-web')).not.toBeInTheDocument();
  expect(consoleFetchJSON).toHaveBeenCalledWith(`${base}/results?phase=PartiallyFailed`);
});

test('contents per VM from the resource list', async () => {
  renderWithRouter(<BackupDetailsPage name={NAME} namespace="openshift-adp" />);
  const contents = screen.getByRole('region', { name: 'Contents' });
  const mixed = await within(contents).findByTestId('contents-demo-mixed-storage');
  expect(within(mixed).getByText('PersistentVolumeClaim demo/mixed-storage-scratch')).toBeVisible();
  expect(
    within(mixed).queryByText('PersistentVolumeClaim demo/fedora-web-root'),
  ).not.toBeInTheDocument();
});

test('the log: searchable, and the backend error shown with a retry that works', async () => {
  const log =
    'time="t1" level=info msg="Backing up item"\ntime="t2" level=error msg="Error backing up item" name=mixed-storage-scratch\n';
  jest
    .mocked(consoleFetch)
    .mockRejectedValueOnce(
      new Error(
        'Velero did not process download request x within 30 s; check that backup storage location "dpa-sample-1" is available',
      ),
    )
    .mockResolvedValue({
      text: () => Promise.resolve(log),
      headers: { get: () => '10485760' },
    } as unknown as Response);
  renderWithRouter(<BackupDetailsPage name={NAME} namespace="openshift-adp" />);
  const tab = screen.getByRole('region', { name: 'Log' });
  expect(
    await within(tab).findByText(/check that backup storage location "dpa-sample-1" is available/),
  ).toBeVisible();
  await userEvent.click(within(tab).getByRole('button', { name: 'Retry' }));
  expect(await within(tab).findByTestId('log-count')).toHaveTextContent('2 of 2 lines');
  await userEvent.type(within(tab).getByRole('textbox', { name: 'Search the log' }), 'scratch');
  expect(within(tab).getByTestId('log-count')).toHaveTextContent('1 of 2 lines');
  expect(within(tab).getByTestId('log-lines')).toHaveTextContent('level=error');
  expect(within(tab).queryByTestId('log-truncated')).not.toBeInTheDocument();
  expect(within(tab).getByRole('link', { name: 'Download log' })).toHaveAttribute(
    'href',
    expect.stringMatching(/\/log\?download=true$/),
  );
});
