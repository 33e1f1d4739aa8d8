import { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches, watchRequests } from '../../../test-utils/mockWatches';
import { renderWithRouter } from '../../../test-utils/renderWithRouter';
import { RestoreDetailsPage } from './RestoreDetailsPage';

const NAME = 'demo-nightly-20261201020000-20261201231500';
const base = `/api/proxy/plugin/vm-data-protection-plugin/velero/v1/namespaces/openshift-adp/restores/${NAME}`;
const restore = (phase: string) => ({
  metadata: { name: NAME, namespace: 'openshift-adp', uid: 'r-uid-1' },
  spec: { backupName: 'demo-nightly-20261201020000' },
  status: { phase, startTimestamp: '2026-12-01T23:15:00Z' },
});
const download = (pvc: string, phase: string, bytesDone: number, totalBytes: number) => ({
  metadata: { name: `${NAME}-${pvc}`, labels: { 'velero.io/restore-uid': 'r-uid-1' } },
  spec: { targetVolume: { pvc, namespace: 'demo', pv: '' } },
  status: { phase, progress: { bytesDone, totalBytes } },
});

test('while downloading: the VMs it made so far, a bar per disk from its DataDownload (by the restore’s UID); no log yet', () => {
  mockWatches({
    Restore: [[restore('WaitingForPluginOperations')], true],
    DataDownload: [
      [
        download('rhel9-db-rootdisk', 'InProgress', 512 * 1048576, 2048 * 1048576),
        download('rhel9-db-data', 'Accepted', 0, 0),
      ],
      true,
    ],
    VirtualMachine: [
      [{ metadata: { name: 'rhel9-db', namespace: 'demo', labels: { app: 'rhel9-db' } } }],
      true,
    ],
  });
  renderWithRouter(<RestoreDetailsPage name={NAME} namespace="openshift-adp" />);
  // Before Velero writes the resource list: the VMs with its name label, provisioning.
  expect(screen.getByTestId('restored-vm-rhel9-db')).toHaveTextContent('rhel9-db Provisioning');
  expect(watchRequests()).toContainEqual(
    expect.objectContaining({
      groupVersionKind: { group: 'kubevirt.io', version: 'v1', kind: 'VirtualMachine' },
      isList: true,
      selector: { matchLabels: { 'velero.io/restore-name': NAME } },
    }),
  );
  const list = screen.getByTestId('restore-downloads');
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'demo/rhel9-db-data: Accepted',
    expect.stringContaining('demo/rhel9-db-rootdisk: InProgress'),
  ]);
  const bar = within(list).getByRole('progressbar', { name: '512 MiB of 2.0 GiB' });
  expect(bar).toHaveValue(25);
  expect(watchRequests()).toContainEqual(
    expect.objectContaining({
      groupVersionKind: { group: 'velero.io', version: 'v2alpha1', kind: 'DataDownload' },
      namespace: 'openshift-adp',
      selector: { matchLabels: { 'velero.io/restore-uid': 'r-uid-1' } },
    }),
  );
  expect(screen.getByText('Velero writes the log when the restore ends.')).toBeVisible();
  expect(consoleFetch).not.toHaveBeenCalled();
});

test('when done: the log in the page, searchable; a CSI restore lists no downloads', async () => {
  mockWatches({ Restore: [[restore('Completed')], true] });
  jest
    .mocked(consoleFetchJSON)
    .mockImplementation((url: string) =>
      Promise.resolve(
        url.endsWith('/resource-list')
          ? { 'kubevirt.io/v1/VirtualMachine': ['demo/centos-batch(created)'] }
          : { errors: {}, warnings: {} },
      ),
    );
  jest.mocked(consoleFetch).mockResolvedValue({
    text: () =>
      Promise.resolve(
        'time="t1" level=info msg="Restoring resource \'virtualmachines.kubevirt.io\' into namespace \'demo\'"\ntime="t2" level=info msg="Restored 12 items out of an estimated total of 12"\n',
      ),
    headers: { get: () => '10485760' },
  } as unknown as Response);
  renderWithRouter(<RestoreDetailsPage name={NAME} namespace="openshift-adp" />);
  expect(await screen.findByTestId('log-count')).toHaveTextContent('2 of 2 lines');
  expect(consoleFetch).toHaveBeenCalledWith(`${base}/log`);
  await userEvent.type(screen.getByRole('textbox', { name: 'Search the log' }), 'estimated');
  expect(screen.getByTestId('log-count')).toHaveTextContent('1 of 2 lines');
  expect(screen.getByTestId('log-lines')).toHaveTextContent(
    'Restored 12 items out of an estimated total of 12',
  );
  // The same log view as a backup's: only warnings and errors (there are none here).
  await userEvent.click(screen.getByRole('checkbox', { name: 'Only warnings and errors' }));
  expect(screen.getByTestId('log-count')).toHaveTextContent('0 of 2 lines');
  expect(screen.getByRole('link', { name: 'Download log' })).toHaveAttribute(
    'href',
    `${base}/log?download=true`,
  );
  expect(await screen.findByTestId('restored-vm-centos-batch')).toHaveTextContent('Provisioning');
  expect(screen.queryByTestId('restore-downloads')).not.toBeInTheDocument();
});

test.each([
  [
    403,
    'restores.velero.io "x" is forbidden: User "developer" cannot get',
    'restores-forbidden',
    'Velero restores live in the openshift-adp namespace, which your account cannot read.',
  ],
  [404, 'restores.velero.io "x" not found', 'restore-missing', 'Restore not found'],
  [500, 'etcdserver: request timed out', 'restore-missing', 'etcdserver: request timed out'],
])('the Restore cannot be read (%i): said plainly, by whose it is', (code, message, id, text) => {
  mockWatches({ Restore: [undefined, false, Object.assign(new Error(message), { code })] });
  renderWithRouter(<RestoreDetailsPage name={NAME} namespace="openshift-adp" />);
  expect(screen.getByTestId(id)).toHaveTextContent(text);
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
});
