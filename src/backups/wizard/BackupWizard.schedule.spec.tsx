import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from './wizardTestFixtures';

beforeEach(() => {
  // Only Date is fake: "a year away" is measured from this day.
  jest.useFakeTimers({
    now: new Date('2026-12-01T10:00:00Z'),
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'nextTick',
      'queueMicrotask',
      'performance',
      'hrtime',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
  });
  mockCluster();
});
afterEach(() => jest.useRealTimers());

const toSchedule = async (query = '?schedule=true&vm=demo/rhel9-db') => {
  const view = renderWizard(query);
  await view.next();
  await view.next();
  await view.user.type(screen.getByTestId('backup-name'), 'nightly-db');
  await view.step('Schedule');
  return view;
};

test('daily at 02:00: in words, the next 5 runs, and exactly this Schedule', async () => {
  const { user, step } = await toSchedule();
  expect(screen.getByTestId('cron-words')).toHaveTextContent('At 02:00 (UTC) (cron "0 2 * * *")');
  const runs = within(screen.getByTestId('next-runs')).getAllByRole('row').slice(1);
  expect(runs).toHaveLength(5);
  expect(runs[0]).toHaveTextContent(/Dec 2, 2026, 2:00/);
  await user.click(screen.getByTestId('skip-immediately'));
  await step('Review');
  expect(createButton()).toHaveTextContent('Create schedule');
  await user.dblClick(createButton());
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: { name: 'nightly-db', namespace: 'openshift-adp' },
    spec: {
      schedule: '0 2 * * *',
      template: {
        includedNamespaces: ['demo'],
        orLabelSelectors: [{ matchLabels: { app: 'rhel9-db' } }],
        snapshotMoveData: false,
        storageLocation: 'dpa-sample-1',
        ttl: '720h0m0s',
        metadata: { labels: { 'vms.vm-data-protection.io/rhel9-db': 'demo' } },
      },
      skipImmediately: true,
      useOwnerReferencesInBackup: false,
    },
  });
});

test.each([
  [
    '* * *',
    'A cron expression has 5 fields: minute, hour, day of month, month, day of week; this one has 3.',
  ],
  ['61 * * * *', 'The minute must be between 0 and 59; this one has 61.'],
  [
    '* * * * * *',
    'A cron expression has 5 fields: minute, hour, day of month, month, day of week; this one has 6.',
  ],
  ['@daily extra', '@daily takes nothing after it.'],
  ['@every', '@every needs a duration, for example "@every 6h".'],
  ['@every -5m', '@every needs a duration of at least one second'],
])('cron %p: %p next to the field, nothing sent', async (cron, message) => {
  const { user, step } = await toSchedule();
  await user.selectOptions(screen.getByTestId('cron-preset'), 'custom');
  await user.type(screen.getByTestId('cron-custom'), cron);
  expect(screen.getByTestId('cron-error')).toHaveTextContent(message);
  expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  await step('Review');
  expect(screen.getByTestId('wizard-create-disabled-reason')).toHaveTextContent(
    'Fix the schedule first.',
  );
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});

test('a cron whose next run is over a year away is warned about, not refused', async () => {
  const { user } = await toSchedule();
  await user.selectOptions(screen.getByTestId('cron-preset'), 'custom');
  await user.type(screen.getByTestId('cron-custom'), '0 0 29 2 *');
  expect(screen.getByTestId('cron-too-far')).toHaveTextContent(
    'The next run is more than a year away.',
  );
  expect(screen.queryByTestId('cron-error')).not.toBeInTheDocument();
});

test('an existing schedule name is refused; "Create schedule instead" from a backup adds the step', async () => {
  const { user, next, step } = renderWizard('?vm=demo/rhel9-db');
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'nightly');
  expect(screen.queryByTestId('backup-name-error')).not.toBeInTheDocument();
  await step('Review');
  await user.click(screen.getByTestId('wizard-create-schedule-instead'));
  await step('Options');
  expect(screen.getByTestId('backup-name-error')).toHaveTextContent(
    'A schedule with this name already exists.',
  );
});
