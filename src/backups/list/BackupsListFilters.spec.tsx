import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { vmLabelKey } from '../scope/productLabels';
import { BackupsListPage } from './BackupsListPage';

const backup = (
  name: string,
  phase: string,
  location: string,
  vms: string[],
  schedule?: string,
  started = '2026-11-30T02:00:00Z',
) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Backup',
  metadata: {
    name,
    namespace: 'openshift-adp',
    uid: `uid-${name}`,
    labels: {
      ...Object.fromEntries(vms.map((vm) => [vmLabelKey(vm), 'demo'])),
      ...(schedule ? { 'velero.io/schedule-name': schedule } : {}),
    },
  },
  spec: { includedNamespaces: ['demo'], storageLocation: location },
  status: { phase, startTimestamp: started },
});

// Started one hour apart, so the default sort (newest first) is the order written here.
const backups = [
  ['nightly-3', 'Completed', 'dpa-sample-1', ['fedora-web', 'mixed-storage'], 'demo-nightly'],
  ['nightly-2', 'PartiallyFailed', 'dpa-sample-1', ['mixed-storage'], 'demo-nightly'],
  ['weekly-1', 'Completed', 'offsite', ['fedora-web'], 'demo-weekly'],
  ['picked', 'Failed', 'offsite', ['rhel9-hotplug']],
].map(([name, phase, location, vms, schedule], i) =>
  backup(
    name as string,
    phase as string,
    location as string,
    vms as string[],
    schedule as string | undefined,
    `2026-11-30T0${9 - i}:00:00Z`,
  ),
);

const rowNames = () =>
  screen
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

const pick = async (filter: string, ...options: string[]) => {
  const user = userEvent.setup();
  // Named with its selection once there is one ("Filter by status: Status 1 selected").
  const toggle = () => screen.getByRole('button', { name: new RegExp(`^Filter by ${filter}`) });
  await user.click(toggle());
  for (const option of options) await user.click(screen.getByRole('checkbox', { name: option }));
  await user.click(toggle());
};

const search = () => screen.getByTestId('location-search').textContent;

beforeEach(() => {
  jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO');
  mockWatches({ Backup: [backups, true] });
});

test('the VM, schedule and location filters offer the values the backups have', async () => {
  renderWithRouter(<BackupsListPage />);
  expect(rowNames()).toEqual(['nightly-3', 'nightly-2', 'weekly-1', 'picked']);
  const options = async (filter: string) => {
    await userEvent.click(screen.getByRole('button', { name: `Filter by ${filter}` }));
    const names = screen.getAllByRole('menuitem').map((item) => item.textContent);
    await userEvent.click(screen.getByRole('button', { name: `Filter by ${filter}` }));
    return names;
  };
  expect(await options('virtual machine')).toEqual([
    'demo/fedora-web',
    'demo/mixed-storage',
    'demo/rhel9-hotplug',
  ]);
  expect(await options('schedule')).toEqual(['No schedule', 'demo-nightly', 'demo-weekly']);
  expect(await options('storage location')).toEqual(['dpa-sample-1', 'offsite']);
});

test('each filter alone leaves exactly its rows, and is kept in the URL', async () => {
  const { unmount } = renderWithRouter(<BackupsListPage />);
  await pick('virtual machine', 'demo/fedora-web');
  expect(rowNames()).toEqual(['nightly-3', 'weekly-1']);
  expect(search()).toBe('?vdp-vm=demo%2Ffedora-web');
  unmount();

  renderWithRouter(<BackupsListPage />, '/?vdp-schedule=demo-nightly');
  expect(rowNames()).toEqual(['nightly-3', 'nightly-2']);
  await pick('schedule', 'demo-nightly', 'demo-weekly');
  expect(rowNames()).toEqual(['weekly-1']);
  expect(search()).toBe('?vdp-schedule=demo-weekly');
});

test('"No schedule" leaves the backups no schedule made, alone or with a schedule', async () => {
  renderWithRouter(<BackupsListPage />);
  await pick('schedule', 'No schedule');
  expect(rowNames()).toEqual(['picked']);
  expect(search()).toBe('?vdp-schedule=%7Enone');
  await pick('schedule', 'demo-weekly');
  expect(rowNames()).toEqual(['weekly-1', 'picked']);
});

test('filters combine: AND across filters, OR within one; the name search applies on top', async () => {
  const user = userEvent.setup();
  renderWithRouter(<BackupsListPage />);
  await pick('storage location', 'offsite');
  expect(rowNames()).toEqual(['weekly-1', 'picked']);
  await pick('virtual machine', 'demo/fedora-web', 'demo/rhel9-hotplug');
  expect(rowNames()).toEqual(['weekly-1', 'picked']);
  await pick('status', 'Failed');
  expect(rowNames()).toEqual(['picked']);
  // Keys in the filters' order, whatever order they were picked in.
  expect(search()).toBe(
    '?vdp-status=Failed&vdp-vm=demo%2Ffedora-web&vdp-vm=demo%2Frhel9-hotplug&vdp-location=offsite',
  );
  await pick('status', 'Failed');
  await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'week');
  expect(rowNames()).toEqual(['weekly-1']);
});

test('no match says so, and Clear all filters clears every filter, leaving other keys', async () => {
  renderWithRouter(
    <BackupsListPage />,
    '/?name=theirs&vdp-schedule=demo-weekly&vdp-location=dpa-sample-1&vdp-status=Completed',
  );
  expect(rowNames()).toEqual([]);
  expect(screen.getByText('No results match the filters')).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
  expect(rowNames()).toEqual(['nightly-3', 'nightly-2', 'weekly-1', 'picked']);
  expect(search()).toBe('?name=theirs');
});
