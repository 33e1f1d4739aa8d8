import { screen, within } from '@testing-library/react';
import { mockWatches, watchRequests } from '../../../test-utils/mockWatches';
import { renderWithRouter } from '../../../test-utils/renderWithRouter';
import { nightlySchedule } from '../scheduleFixtures';
import { ScheduleDetailsPage } from './ScheduleDetailsPage';

const NOW = new Date('2026-12-01T23:00:00Z');
beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['queueMicrotask', 'nextTick'] }));
afterEach(() => jest.useRealTimers());

const backup = (name: string, created: string, phase: string) => ({
  metadata: {
    name,
    namespace: 'openshift-adp',
    uid: `uid-${name}`,
    creationTimestamp: created,
    labels: { 'velero.io/schedule-name': 'demo-nightly' },
  },
  spec: { storageLocation: 'dpa-sample-1' },
  status: { phase, startTimestamp: created },
});

test('overview with cron, next 5 runs in both zones, settings; its backups from one labelled watch', () => {
  mockWatches({
    Schedule: [[nightlySchedule({ skipImmediately: true })], true],
    Backup: [
      [
        backup('demo-nightly-20261130020000', '2026-11-30T02:00:00Z', 'Completed'),
        backup('demo-nightly-20261201020000', '2026-12-01T02:00:00Z', 'Failed'),
      ],
      true,
    ],
  });
  renderWithRouter(<ScheduleDetailsPage name="demo-nightly" namespace="openshift-adp" />);
  const overview = screen.getByRole('region', { name: 'Overview' });
  expect(within(overview).getByTestId('overview-cron')).toHaveTextContent(
    'At 02:00 (UTC)0 2 * * *',
  );
  const runs = within(overview).getAllByTestId('next-run');
  expect(runs).toHaveLength(5);
  // jsdom's zone is UTC, so one column; NextRuns.spec covers a browser in another zone.
  expect(runs[0]).toHaveTextContent('Dec 2, 2026, 2:00 AM');
  expect(
    within(overview).getByText('Yes: the first backup waits for the next scheduled time'),
  ).toBeVisible();
  expect(
    within(overview).getByText('No: its backups are kept when the schedule is deleted'),
  ).toBeVisible();
  expect(within(overview).getByTestId('overview-last-backup')).toHaveTextContent(
    'demo-nightly-20261201020000',
  );
  const backups = screen.getByRole('region', { name: 'Backups' });
  const rows = within(backups).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('link')[0].textContent)).toEqual([
    'demo-nightly-20261201020000',
    'demo-nightly-20261130020000',
  ]);
  const backupWatch = watchRequests().find((r) => r?.groupVersionKind?.kind === 'Backup');
  expect(backupWatch?.selector).toEqual({
    matchLabels: { 'velero.io/schedule-name': 'demo-nightly' },
  });
  expect(screen.getByTestId('yaml')).toHaveTextContent('"schedule": "0 2 * * *"');
});

test('a missing schedule says so', () => {
  mockWatches({ Schedule: [[], true] });
  renderWithRouter(<ScheduleDetailsPage name="gone" namespace="openshift-adp" />);
  expect(
    screen.getByText(
      'The schedule gone does not exist in openshift-adp; it may have been deleted.',
    ),
  ).toBeVisible();
});

test('a user who may not read the Velero namespace: who manages schedules, not the 403', () => {
  const forbidden = Object.assign(
    new Error('schedules.velero.io "demo-nightly" is forbidden: User "developer" cannot get'),
    { code: 403 },
  );
  mockWatches({ Schedule: [undefined, false, forbidden] });
  renderWithRouter(<ScheduleDetailsPage name="demo-nightly" namespace="openshift-adp" />);
  expect(screen.getByTestId('schedules-forbidden')).toHaveTextContent(
    'Velero schedules live in the openshift-adp namespace, which your account cannot read.',
  );
  expect(screen.queryByText(/is forbidden/)).not.toBeInTheDocument();
});
