import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { vmLabelKey } from '@backups/scope/productLabels';
import { screen, within } from '@testing-library/react';
import { mockWatches, watchRequests } from '../test-utils/mockWatches';
import { renderWithRouter } from '../test-utils/renderWithRouter';
import { OverviewPage } from './OverviewPage';

const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
const vm = (name: string) => ({
  metadata: { name, namespace: 'demo', uid: `uid-${name}`, labels: { app: name } },
});
const bodyRows = () => screen.getAllByRole('row').slice(1);

beforeEach(() => {
  jest
    .mocked(useFlag)
    .mockImplementation((flag) =>
      ['VDP_VELERO', 'VDP_OADP', 'VDP_VM_SNAPSHOT', 'VDP_NON_ADMIN'].includes(flag),
    );
  // A namespace user (developer): nothing cluster-wide, nothing in openshift-adp; all of demo.
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
});

test('a namespace user: the active project only, its NonAdminBackups as backups, no schedules', () => {
  mockWatches({
    VirtualMachine: [[vm('fedora-web'), vm('rhel9-db')], true],
    NonAdminBackup: [
      [
        {
          metadata: {
            name: 'web-nab',
            namespace: 'demo',
            labels: { [vmLabelKey('fedora-web')]: 'demo' },
          },
          status: {
            phase: 'Created',
            veleroBackup: { status: { phase: 'Completed', completionTimestamp: ago(2) } },
          },
        },
      ],
      true,
    ],
  });
  renderWithRouter(<OverviewPage />);
  expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
    'rhel9-db',
    'fedora-web',
  ]);
  expect(within(bodyRows()[0]).getByText('Unprotected')).toBeVisible();
  expect(within(bodyRows()[1]).getByText('Protected')).toBeVisible();
  expect(within(bodyRows()[1]).getByText('web-nab')).toBeVisible();
  // Back up goes to the wizard (its non-admin mode); schedules are the administrator's.
  expect(within(bodyRows()[0]).getByRole('link', { name: 'Back up' })).toHaveAttribute(
    'href',
    '/data-protection/backups/~new?vm=demo%2Frhel9-db',
  );
  expect(within(bodyRows()[0]).getByRole('button', { name: 'Create schedule' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const watched = watchRequests()
    .filter((r) => r)
    .map((r) => `${r?.groupVersionKind?.kind}:${r?.namespace ?? ''}`);
  expect(watched).toContain('VirtualMachine:demo');
  expect(watched).toContain('VirtualMachineSnapshot:demo');
  expect(watched).toContain('NonAdminBackup:demo');
  expect(watched).not.toContain('VirtualMachine:');
});
