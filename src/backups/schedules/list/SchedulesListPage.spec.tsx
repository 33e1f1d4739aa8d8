import { HttpError, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { mockWatches, watchRequests } from '../../../test-utils/mockWatches';
import { renderWithRouter } from '../../../test-utils/renderWithRouter';
import { nightlySchedule } from '../scheduleFixtures';
import { SchedulesListPage } from './SchedulesListPage';

const NOW = new Date('2026-12-01T23:00:00Z');
const DPA = [[{ metadata: { name: 'dpa-sample', namespace: 'openshift-adp' } }], true] as const;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, doNotFake: ['queueMicrotask', 'nextTick'] });
  jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_VELERO');
});
afterEach(() => jest.useRealTimers());

const failed = {
  ...nightlySchedule(
    { schedule: '61 * * * *' },
    {
      phase: 'FailedValidation',
      validationErrors: ['invalid schedule: end of range (61) above maximum (59): 61'],
    },
  ),
  metadata: { name: 'broken', namespace: 'openshift-adp', uid: 'uid-broken' },
};

test('rows with VMs, cron in words, next run, last backup and state, one watch per kind', () => {
  mockWatches({
    DataProtectionApplication: [...DPA],
    Schedule: [
      [
        nightlySchedule(),
        failed,
        {
          ...nightlySchedule({ paused: true }),
          metadata: { name: 'held', namespace: 'openshift-adp', uid: 'u-h' },
        },
      ],
      true,
    ],
    Backup: [
      [
        {
          metadata: {
            name: 'demo-nightly-20261201020000',
            namespace: 'openshift-adp',
            creationTimestamp: '2026-12-01T02:00:00Z',
            labels: { 'velero.io/schedule-name': 'demo-nightly' },
          },
          status: { phase: 'PartiallyFailed' },
        },
      ],
      true,
    ],
  });
  renderWithRouter(<SchedulesListPage />);
  const row = (name: string) =>
    screen.getAllByRole('row').find((r) => within(r).queryByText(name)) as HTMLElement;
  const nightly = row('demo-nightly');
  expect(within(nightly).getByText('fedora-web')).toBeVisible();
  expect(within(nightly).getByText('At 02:00 (UTC)')).toBeVisible();
  expect(within(nightly).getByText('0 2 * * *')).toBeVisible();
  expect(within(nightly).getByTestId('schedule-next-run')).toHaveTextContent(
    '2026-12-02T02:00:00.000Z',
  );
  expect(within(nightly).getByText('demo-nightly-20261201020000')).toBeVisible();
  expect(within(nightly).getByText('Partially failed')).toBeVisible();
  expect(within(nightly).getByText('Enabled')).toBeVisible();
  expect(within(nightly).getByText('720h0m0s')).toBeVisible();
  const broken = row('broken');
  expect(within(broken).getByText('Failed validation')).toBeVisible();
  expect(
    within(broken).getByText('invalid schedule: end of range (61) above maximum (59): 61'),
  ).toBeVisible();
  expect(within(broken).getByText('Not a valid schedule')).toBeVisible();
  const held = row('held');
  expect(within(held).getByText('Paused')).toBeVisible();
  expect(within(held).queryByTestId('schedule-next-run')).not.toBeInTheDocument();
  const kinds = watchRequests()
    .filter((r) => r?.namespace === 'openshift-adp')
    .map((r) => r?.groupVersionKind?.kind);
  expect(new Set(kinds)).toEqual(new Set(['Schedule', 'Backup']));
  expect(screen.getByTestId('create-schedule')).toHaveAttribute(
    'href',
    '/data-protection/backups/~new?schedule=true',
  );
});

test('Create schedule is disabled with the reason for a user who may not create Schedules', () => {
  mockWatches({ DataProtectionApplication: [...DPA], Schedule: [[], true] });
  jest.mocked(useAccessReview).mockImplementation((review) => [review.verb !== 'create', false]);
  renderWithRouter(<SchedulesListPage />);
  const button = screen.getByTestId('create-schedule');
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).not.toHaveAttribute('href');
  expect(screen.getByTestId('create-schedule-disabled-reason')).toHaveTextContent(
    'You may not create Schedules in the Velero namespace openshift-adp.',
  );
  expect(button).toHaveAccessibleDescription(
    'You may not create Schedules in the Velero namespace openshift-adp.',
  );
  expect(screen.getByText('No backup schedules yet')).toBeVisible();
});

test('a user who may not list Schedules sees who manages them, not a 403', () => {
  const forbidden = new HttpError(
    'schedules.velero.io is forbidden: User "developer" cannot list',
    403,
  );
  mockWatches({ Schedule: [[], false, forbidden] });
  jest.mocked(useAccessReview).mockReturnValue([false, false]);
  renderWithRouter(<SchedulesListPage />);
  expect(
    screen.getByText('Backup schedules are managed by the cluster administrator'),
  ).toBeVisible();
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
  // Create schedule is still there, disabled with the reason, like every wizard entry point.
  expect(screen.getByTestId('create-schedule')).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('create-schedule-disabled-reason')).toHaveTextContent(
    'You may not create Schedules in the Velero namespace openshift-adp.',
  );
});

test('without OADP the page says what to install', () => {
  jest.mocked(useFlag).mockReturnValue(false);
  renderWithRouter(<SchedulesListPage />);
  expect(screen.getByText('OADP is not installed')).toBeVisible();
});
