/**
 * Issue 12 part 7 for a Schedule: every bad name next to its field with nothing sent, and the
 * server's 403/409/422 shown with every choice kept (the Backup's are in the input and errors
 * specs).
 */
import { HttpError, k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from './wizardTestFixtures';

beforeEach(() => mockCluster());

const BAD_NAMES = [
  ['', 'Name is required.'],
  ['Upper', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['a_b', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['-a', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['a'.repeat(64), 'Name must be no more than 63 characters.'],
  // The fixtures' existing Schedule (a Backup of that name would not matter).
  ['nightly', 'A schedule with this name already exists.'],
];

test('every bad schedule name: its message next to the field, Next and Create disabled, nothing sent', async () => {
  const { user, next, step } = renderWizard('?schedule=true&vm=demo/rhel9-db');
  await next();
  await next();
  const field = screen.getByTestId('backup-name');
  for (const [name, message] of BAD_NAMES) {
    await user.clear(field);
    // Pasted, not typed: six names of up to 64 letters typed one by one are slow.
    if (name) await user.paste(name);
    expect(screen.getByTestId('backup-name-error')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  }
  await step('Review');
  expect(createButton()).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('wizard-create-disabled-reason')).toHaveTextContent(
    'Fix the problems in Options first.',
  );
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
  // Six names in one render: more than the default 5 s on a busy machine.
}, 15_000);

test.each([
  [403, 'schedules.velero.io is forbidden: User "viewer" cannot create resource "schedules"'],
  [409, 'schedules.velero.io "db-daily" already exists'],
  [422, 'Schedule.velero.io "db-daily" is invalid: spec.schedule: Invalid value'],
])('Schedule %i: the server message is shown, every choice kept', async (code, message) => {
  jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
  const { user, next, step } = renderWizard('?schedule=true&vm=demo/rhel9-db');
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'db-daily');
  await step('Schedule');
  await user.selectOptions(screen.getByTestId('cron-preset'), 'hourly');
  await user.clear(screen.getByTestId('cron-minute'));
  await user.type(screen.getByTestId('cron-minute'), '15');
  await step('Review');
  await user.click(createButton());
  expect(await screen.findByTestId('request-error')).toHaveTextContent(message);
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toMatchObject({
    kind: 'Schedule',
    metadata: { name: 'db-daily' },
    spec: { schedule: '15 * * * *' },
  });
  await step('Schedule');
  expect(screen.getByTestId('cron-preset')).toHaveValue('hourly');
  expect(screen.getByTestId('cron-minute')).toHaveValue(15);
  await step('Options');
  expect(screen.getByTestId('backup-name')).toHaveValue('db-daily');
});
