import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../test-utils/mockWatches';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { BackupsListPage } from './BackupsListPage';

const backup = {
  apiVersion: 'velero.io/v1',
  kind: 'Backup',
  metadata: { name: 'nightly-1', namespace: 'openshift-adp', uid: 'uid-1' },
  spec: { includedNamespaces: ['demo'], storageLocation: 'dpa-sample-1' },
  status: {
    phase: 'PartiallyFailed',
    errors: 2,
    warnings: 1,
    startTimestamp: '2026-11-30T02:00:00Z',
    completionTimestamp: '2026-11-30T02:05:00Z',
  },
};

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.trim());

const DEFAULT = ['Name', 'VMs', 'Status', 'Progress', 'Started', 'Schedule', 'Actions'];

beforeEach(() => {
  jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO');
  mockWatches({ Backup: [[backup], true] });
});

test('by default the list leaves out errors/warnings, duration, expiry and location, so it fits 1280 px', () => {
  renderWithRouter(<BackupsListPage />);
  expect(headers()).toEqual(DEFAULT);
  expect(screen.queryByText('2 / 1')).not.toBeInTheDocument();
});

test('"Columns" shows a hidden column and hides a shown one; the choice is kept in the URL', async () => {
  const user = userEvent.setup();
  const { unmount } = renderWithRouter(<BackupsListPage />);
  const toggle = screen.getByRole('button', { name: 'Manage columns' });
  await user.click(toggle);
  expect(
    screen
      .getAllByRole('menuitem')
      .map((item) => [
        item.textContent,
        within(item).getByRole<HTMLInputElement>('checkbox').checked,
      ]),
  ).toEqual([
    ['VMs', true],
    ['Progress', true],
    ['Errors / warnings', false],
    ['Started', true],
    ['Duration', false],
    ['Expires', false],
    ['Storage location', false],
    ['Schedule', true],
  ]);
  await user.click(screen.getByRole('checkbox', { name: 'Errors / warnings' }));
  await user.click(screen.getByRole('checkbox', { name: 'Started' }));
  await user.click(toggle);
  expect(headers()).toEqual([
    'Name',
    'VMs',
    'Status',
    'Progress',
    'Errors / warnings',
    'Schedule',
    'Actions',
  ]);
  expect(screen.getByText('2 / 1')).toBeVisible();
  const search = screen.getByTestId('location-search').textContent ?? '';
  expect(new URLSearchParams(search).get('vdp-columns')).toBe('vms,progress,problems,schedule');
  unmount();

  renderWithRouter(<BackupsListPage />, search);
  expect(headers()).toContain('Errors / warnings');
  expect(headers()).not.toContain('Started');
});
