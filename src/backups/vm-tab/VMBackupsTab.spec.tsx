import { screen, within } from '@testing-library/react';
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { vmLabelKey } from '../scope/productLabels';
import { VMBackupsTabBody as VMBackupsTab } from './VMBackupsTab';

const vm = {
  metadata: { name: 'fedora-web', namespace: 'demo', uid: 'vm-1' },
  spec: {
    template: {
      spec: {
        domain: { devices: {} },
        volumes: [{ name: 'root', dataVolume: { name: 'fedora-web-root' } }],
      },
    },
  },
};
const backup = (
  name: string,
  start: string,
  phase: string,
  spec: object,
  labels: Record<string, string> = {},
) => ({
  metadata: { name, namespace: 'openshift-adp', labels },
  spec,
  status: { phase, startTimestamp: start },
});

beforeEach(() => jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO'));

test('backups holding the VM, newest first, with its disk uploads while running; the covering schedule', () => {
  mockWatches({
    Backup: [
      [
        backup('old', '2026-11-28T02:00:00Z', 'Completed', { includedNamespaces: ['demo'] }),
        backup(
          'running',
          '2026-11-30T02:00:00Z',
          'WaitingForPluginOperations',
          { includedNamespaces: ['demo'] },
          { [vmLabelKey('fedora-web')]: 'demo' },
        ),
        backup(
          'other-vm',
          '2026-11-29T02:00:00Z',
          'Completed',
          { includedNamespaces: ['demo'] },
          { [vmLabelKey('rhel9-db')]: 'demo' },
        ),
        backup('prod', '2026-11-29T03:00:00Z', 'Completed', { includedNamespaces: ['prod'] }),
      ],
      true,
    ],
    DataUpload: [
      [
        {
          metadata: { name: 'running-x', labels: { 'velero.io/backup-name': 'running' } },
          spec: { sourcePVC: 'fedora-web-root', sourceNamespace: 'demo' },
          status: {
            phase: 'InProgress',
            progress: { bytesDone: 1073741824, totalBytes: 4294967296 },
          },
        },
      ],
      true,
    ],
    Schedule: [
      [
        {
          metadata: { name: 'demo-nightly', namespace: 'openshift-adp' },
          spec: { schedule: '0 2 * * *', template: { includedNamespaces: ['demo'] } },
        },
      ],
      true,
    ],
  });
  renderWithRouter(<VMBackupsTab obj={vm} />);
  const rows = screen.getAllByRole('row').slice(1);
  expect(rows.map((r) => r.getAttribute('data-test'))).toEqual([
    'vm-backup-running',
    'vm-backup-old',
  ]);
  expect(within(rows[0]).getByTestId('disk-uploads')).toHaveTextContent(
    'fedora-web-root: InProgress, 1.0 GiB of 4.0 GiB',
  );
  expect(screen.getByTestId('covering-schedules')).toHaveTextContent('demo-nightly 0 2 * * *');
  expect(screen.queryByTestId('no-schedule')).not.toBeInTheDocument();
});

test('a VM no backup or schedule covers says so', () => {
  mockWatches({
    Backup: [
      [backup('prod', '2026-11-29T03:00:00Z', 'Completed', { includedNamespaces: ['prod'] })],
      true,
    ],
  });
  renderWithRouter(<VMBackupsTab obj={vm} />);
  expect(screen.getByText('Not protected by any schedule')).toBeVisible();
  expect(screen.getByText('No backup holds this VM.')).toBeVisible();
});
