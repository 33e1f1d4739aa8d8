import { HttpError, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nightlySchedule } from '../scheduleFixtures';
import { EditScheduleModal } from './EditScheduleModal';

const openEditModal = (closeOverlay = jest.fn()) => {
  render(<EditScheduleModal schedule={nightlySchedule()} closeOverlay={closeOverlay} />);
  return closeOverlay;
};
const cron = () => screen.getByTestId('schedule-cron-input');
const ttl = () => screen.getByTestId('schedule-ttl-input');
const save = () => screen.getByRole('button', { name: 'Save' });

const retype = async (input: HTMLElement, text: string) => {
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text.replace(/[{[]/g, '$&$&'));
};

test('shows the words and next runs, and saves only what changed, once on a double click', async () => {
  const closeOverlay = openEditModal();
  expect(screen.getByText('At 02:00 (UTC)')).toBeVisible();
  expect(save()).toBeDisabled();
  await retype(cron(), '30 3 * * 1-5');
  expect(screen.getByText('At 03:30, Monday through Friday (UTC)')).toBeVisible();
  expect(screen.getAllByTestId('next-run')).toHaveLength(5);
  expect(
    screen.getByText(
      'Applies only to backups made from now on; existing backups keep the expiry they were given.',
    ),
  ).toBeVisible();
  await userEvent.click(screen.getByLabelText('Paused'));
  await userEvent.dblClick(save());
  expect(k8sPatch).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
    { op: 'add', path: '/spec/schedule', value: '30 3 * * 1-5' },
    { op: 'add', path: '/spec/paused', value: true },
  ]);
  expect(jest.mocked(k8sPatch).mock.calls[0][0].model.plural).toBe('schedules');
  expect(closeOverlay).toHaveBeenCalled();
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
  [
    '@every -5m',
    '@every needs a duration of at least one second; Velero would start a backup every second for "-5m".',
  ],
])('cron %j: the problem next to the field, Save disabled, nothing sent', async (text, problem) => {
  openEditModal();
  await retype(cron(), text);
  expect(screen.getByText(problem)).toBeVisible();
  expect(cron()).toHaveAttribute('aria-invalid', 'true');
  expect(save()).toBeDisabled();
  await userEvent.type(cron(), '{Enter}');
  expect(k8sPatch).not.toHaveBeenCalled();
});

test('a next run over a year away is a warning, not an error', async () => {
  openEditModal();
  await retype(cron(), '0 0 29 2 *');
  expect(screen.getByText(/The next run is more than a year away\.$/)).toBeVisible();
  expect(save()).toBeEnabled();
});

test.each([
  ['abc', 'Use hours, minutes and seconds, for example 720h, 36h30m or 90m.'],
  ['-1h', 'A time to live cannot be negative.'],
  ['1.5.5h', 'Use hours, minutes and seconds, for example 720h, 36h30m or 90m.'],
  ['5', 'Use hours, minutes and seconds, for example 720h, 36h30m or 90m.'],
  ['0s', 'A time to live of 0 makes Velero use its default, 720h; enter the time you want.'],
  ['', 'Enter a time to live, for example 720h (30 days).'],
])('TTL %j: the problem next to the field, nothing sent', async (text, problem) => {
  openEditModal();
  await retype(ttl(), text);
  expect(screen.getByText(problem)).toBeVisible();
  expect(save()).toBeDisabled();
  expect(k8sPatch).not.toHaveBeenCalled();
});

test('a refused patch shows the server message and keeps what was typed', async () => {
  jest
    .mocked(k8sPatch)
    .mockRejectedValueOnce(new HttpError('schedules.velero.io "demo-nightly" is forbidden', 403));
  const closeOverlay = openEditModal();
  await retype(ttl(), '168h');
  await userEvent.click(save());
  expect(await screen.findByText('schedules.velero.io "demo-nightly" is forbidden')).toBeVisible();
  expect(ttl()).toHaveValue('168h');
  expect(closeOverlay).not.toHaveBeenCalled();
  expect(jest.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
    { op: 'add', path: '/spec/template/ttl', value: '168h' },
  ]);
});
