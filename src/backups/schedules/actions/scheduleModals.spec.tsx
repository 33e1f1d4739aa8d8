import { k8sCreate, k8sDelete, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../../test-utils/mockWatches';
import { DeleteScheduleModal } from '../delete/DeleteScheduleModal';
import { RunNowModal } from '../run-now/RunNowModal';
import { nightlySchedule } from '../scheduleFixtures';
import { PauseScheduleModal } from './PauseScheduleModal';

const NOW = new Date('2026-12-01T23:05:09Z');
beforeEach(() =>
  jest.useFakeTimers({ now: NOW, doNotFake: ['queueMicrotask', 'nextTick', 'setTimeout'] }),
);
afterEach(() => jest.useRealTimers());

test('Run now creates one Backup from the template, labelled with the schedule', async () => {
  render(<RunNowModal schedule={nightlySchedule()} closeOverlay={jest.fn()} />);
  expect(screen.getByTestId('run-now-what')).toHaveTextContent(
    'This creates the backup demo-nightly-20261201230509 now',
  );
  await userEvent.dblClick(screen.getByRole('button', { name: 'Back up now' }));
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: 'demo-nightly-20261201230509',
      namespace: 'openshift-adp',
      labels: {
        'vms.vm-data-protection.io/fedora-web': 'demo',
        'velero.io/schedule-name': 'demo-nightly',
      },
    },
    spec: { includedNamespaces: ['demo'], storageLocation: 'dpa-sample-1', ttl: '720h0m0s' },
  });
});

test('Pause sends exactly the paused patch', async () => {
  render(<PauseScheduleModal schedule={nightlySchedule()} closeOverlay={jest.fn()} />);
  expect(screen.queryByLabelText('Skip the missed run')).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
  expect(jest.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
    { op: 'add', path: '/spec/paused', value: true },
  ]);
});

test('Resume after a missed run offers to skip it (skipImmediately)', async () => {
  const paused = nightlySchedule(
    { paused: true },
    { phase: 'Enabled', lastBackup: '2026-11-28T02:00:00Z' },
  );
  render(<PauseScheduleModal schedule={paused} closeOverlay={jest.fn()} />);
  await userEvent.click(screen.getByLabelText('Skip the missed run'));
  await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
  expect(jest.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
    { op: 'add', path: '/spec/paused', value: false },
    { op: 'add', path: '/spec/skipImmediately', value: true },
  ]);
});

test('Delete says the backups are kept, counts them, and deletes only the Schedule', async () => {
  mockWatches({
    Backup: [[{ metadata: { name: 'a' } }, { metadata: { name: 'b' } }], true],
  });
  const schedule = nightlySchedule();
  render(<DeleteScheduleModal schedule={schedule} closeOverlay={jest.fn()} />);
  expect(screen.getByTestId('delete-schedule-kept')).toHaveTextContent(
    'Its 2 backups are kept: Velero does not delete them with the schedule. Each expires at the end of its time to live, or delete it from the Backups list.',
  );
  await userEvent.dblClick(screen.getByRole('button', { name: 'Delete' }));
  expect(k8sDelete).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sDelete).mock.calls[0][0]).toMatchObject({
    model: { plural: 'schedules' },
    resource: schedule,
  });
});

test('Delete of an owning schedule says Kubernetes removes the Backup objects, not their data', () => {
  mockWatches({ Backup: [[{ metadata: { name: 'a' } }], true] });
  render(
    <DeleteScheduleModal
      schedule={nightlySchedule({ useOwnerReferencesInBackup: true })}
      closeOverlay={jest.fn()}
    />,
  );
  expect(screen.getByTestId('delete-schedule-owned')).toHaveTextContent(
    'This schedule sets useOwnerReferencesInBackup, so Kubernetes deletes its 1 Backup object with it. That is not a Velero deletion: its data and disk snapshots stay in the storage location.',
  );
});
