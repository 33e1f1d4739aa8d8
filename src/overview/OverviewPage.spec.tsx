import { HttpError, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { vmLabelKey } from '@backups/scope/productLabels';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WatchAnswer } from '../test-utils/mockWatches';
import { mockWatches, watchRequests } from '../test-utils/mockWatches';
import { renderWithRouter } from '../test-utils/renderWithRouter';
import { OverviewPage } from './OverviewPage';

const HOUR = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const vm = (name: string, namespace = 'demo') => ({
  metadata: { name, namespace, uid: `uid-${name}`, labels: { app: name } },
});
const backup = (name: string, vmName: string, hoursAgo: number, phase = 'Completed') => ({
  metadata: { name, namespace: 'openshift-adp', labels: { [vmLabelKey(vmName)]: 'demo' } },
  spec: { includedNamespaces: ['demo'] },
  status: { phase, completionTimestamp: ago(hoursAgo) },
});
const answers = (change: Record<string, WatchAnswer> = {}): Record<string, WatchAnswer> => ({
  DataProtectionApplication: [[{ metadata: { name: 'dpa', namespace: 'openshift-adp' } }], true],
  VirtualMachine: [[vm('fedora-web'), vm('rhel9-db'), vm('cirros'), vm('tools', 'prod')], true],
  VirtualMachineSnapshot: [
    [
      {
        metadata: { name: 'tools-snap', namespace: 'prod' },
        spec: { source: { kind: 'VirtualMachine', name: 'tools' } },
        status: { phase: 'Succeeded', readyToUse: true, creationTime: ago(2) },
      },
    ],
    true,
  ],
  Backup: [
    [
      backup('web-1', 'fedora-web', 3),
      backup('db-old', 'rhel9-db', 100),
      backup('db-failed', 'rhel9-db', 1, 'Failed'),
    ],
    true,
  ],
  Schedule: [[], true],
  Restore: [[], true],
  ...change,
});
const bodyRows = () => screen.getAllByRole('row').slice(1);
const count = (id: string) => screen.getByTestId(`count-${id}-value`).textContent;

beforeEach(() =>
  jest
    .mocked(useFlag)
    .mockImplementation((flag) => ['VDP_VELERO', 'VDP_OADP', 'VDP_VM_SNAPSHOT'].includes(flag)),
);

test('unprotected first, then stale, then protected (oldest first); counts; one list watch per kind', () => {
  mockWatches(answers());
  renderWithRouter(<OverviewPage />);
  expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
    'cirros',
    'rhel9-db',
    'fedora-web',
    'tools',
  ]);
  expect(within(bodyRows()[0]).getByText('Unprotected')).toBeVisible();
  expect(within(bodyRows()[1]).getByText('Stale')).toBeVisible();
  expect([count('unprotected'), count('stale'), count('protected'), count('failures')]).toEqual([
    '1',
    '1',
    '2',
    '1',
  ]);
  expect(screen.queryByTestId('count-unknown')).not.toBeInTheDocument();
  const backUp = within(bodyRows()[0]).getByRole('link', { name: 'Back up' });
  expect(backUp).toHaveAttribute('href', '/data-protection/backups/~new?vm=demo%2Fcirros');
  const schedule = within(bodyRows()[0]).getByRole('link', {
    name: 'Create schedule',
  });
  expect(schedule).toHaveAttribute(
    'href',
    '/data-protection/backups/~new?vm=demo%2Fcirros&schedule=true',
  );
  const watched = new Set(
    watchRequests()
      .filter((r) => r)
      .map((r) => `${r?.groupVersionKind?.kind}:${r?.namespace ?? ''}:${r?.isList}`),
  );
  for (const kind of ['Backup', 'Schedule', 'Restore'])
    expect(watched).toContain(`${kind}:openshift-adp:true`);
  expect(watched).toContain('VirtualMachine::true');
  expect(watched).toContain('VirtualMachineSnapshot::true');
  expect([...watched].filter((w) => w.endsWith(':false'))).toEqual([]);
  expect(screen.getByText('db-failed')).toBeVisible();
});

test('no access to the Velero namespace: backups "Unknown", never "Unprotected"; snapshots still count', () => {
  const forbidden: WatchAnswer = [[], false, new HttpError('forbidden', 403)];
  mockWatches(answers({ Backup: forbidden, Schedule: forbidden, Restore: forbidden }));
  renderWithRouter(<OverviewPage />);
  expect(screen.getByTestId('backups-unknown')).toHaveTextContent(
    'Backups are managed by the cluster administrator',
  );
  expect(
    screen.queryByText('Unprotected', { selector: '[data-test="coverage-state"]' }),
  ).not.toBeInTheDocument();
  const tools = bodyRows().find((r) => within(r).queryByText('tools')) as HTMLElement;
  expect(within(tools).getByText('Protected')).toBeVisible();
  expect(within(tools).getByText('tools-snap')).toBeVisible();
  expect([count('unprotected'), count('unknown'), count('protected')]).toEqual(['0', '3', '1']);
  expect(screen.getAllByTestId('restore-point-unknown')).toHaveLength(4);
});

test('the stale threshold and the namespace filter live in the URL; counts follow both', async () => {
  mockWatches(answers());
  renderWithRouter(<OverviewPage />, '/data-protection?vdp-namespace=demo');
  expect([count('unprotected'), count('stale'), count('protected')]).toEqual(['1', '1', '1']);
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stale after' }), '168');
  expect(screen.getByTestId('location-search')).toHaveTextContent('vdp-staleHours=168');
  expect([count('unprotected'), count('stale'), count('protected')]).toEqual(['1', '0', '2']);
  expect(bodyRows()).toHaveLength(3);
});
