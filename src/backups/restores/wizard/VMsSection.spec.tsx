import { consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../../test-utils/mockWatches';
import type { ArchivedVMs } from '../../backend/archivedVMs';
import { useRestoreSourceData } from './useRestoreSourceData';
import { VMsSection } from './VMsSection';

const base =
  '/api/proxy/plugin/vm-data-protection-plugin/velero/v1/namespaces/openshift-adp/backups/demo-nightly-1';
const archived: ArchivedVMs = {
  virtualMachines: [
    {
      namespace: 'demo',
      name: 'centos-batch',
      uid: 'uid-c',
      labels: { 'vm.kubevirt.io/name': 'centos-batch' },
      claims: ['batch-disk-0'],
    },
  ],
  claims: [{ kind: 'DataVolume', namespace: 'demo', name: 'batch-disk-0', labels: {} }],
};

const Harness = () => (
  <VMsSection data={useRestoreSourceData('demo-nightly-1')} picked={[]} onPicked={jest.fn()} />
);

beforeEach(() => {
  mockWatches({
    Backup: [
      [
        {
          metadata: { name: 'demo-nightly-1', namespace: 'openshift-adp' },
          status: { phase: 'Completed' },
        },
      ],
      true,
    ],
    // centos-batch was deleted since the backup: nothing live lends it labels or disks.
    VirtualMachine: [[], true],
  });
});

test('the VMs come from the archive; its read error is the backend’s, with a retry', async () => {
  let archiveAnswers = 0;
  jest.mocked(consoleFetchJSON).mockImplementation(((url: string) => {
    if (url === `${base}/csi-volume-snapshots`) return Promise.resolve(null);
    if (url === `${base}/virtual-machines`)
      return archiveAnswers++ === 0
        ? Promise.reject(new Error('the backup archive is larger than 536870912 bytes'))
        : Promise.resolve(archived);
    return Promise.reject(new Error(`unexpected ${url}`));
  }) as typeof consoleFetchJSON);
  render(<Harness />);
  const alert = await screen.findByTestId('restore-list-error');
  expect(alert).toHaveTextContent('The contents of backup demo-nightly-1 could not be read');
  expect(alert).toHaveTextContent('the backup archive is larger than 536870912 bytes');
  // No guess meanwhile: no VM offered while the archive is unread.
  expect(screen.queryByTestId('restore-vm-centos-batch')).not.toBeInTheDocument();
  await userEvent.click(screen.getByTestId('restore-list-retry'));
  expect(await screen.findByTestId('restore-vm-centos-batch')).toBeInTheDocument();
  expect(screen.getByText('Disks: batch-disk-0')).toBeVisible();
  expect(consoleFetchJSON).toHaveBeenCalledTimes(4);
  expect(jest.mocked(consoleFetchJSON).mock.calls.map(([url]) => url)).not.toContain(
    `${base}/resource-list`,
  );
});
