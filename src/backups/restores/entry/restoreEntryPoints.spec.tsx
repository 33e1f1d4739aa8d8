import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { useBackupActions } from '../../actions/useBackupActions';
import { restoreFromLatestAction } from './restoreFromLatest';

const backup = (phase: string) => ({
  metadata: { name: 'demo-nightly-20261201020000', namespace: 'openshift-adp' },
  status: { phase },
});
const restoreAction = (phase: string) =>
  renderHook(() => useBackupActions(backup(phase))).result.current[0].find(
    (a) => a.id === 'vdp-backup-restore',
  );

test('Restore on a Completed backup opens the wizard with that backup', () => {
  expect(restoreAction('Completed')).toMatchObject({
    label: 'Restore',
    cta: { href: '/data-protection/restores/~new?backup=demo-nightly-20261201020000' },
    disabled: false,
  });
  expect(restoreAction('PartiallyFailed')?.disabled).toBe(false);
});

test('a backup still running or failed cannot be restored, and says so', () => {
  expect(restoreAction('InProgress')).toMatchObject({
    disabled: true,
    disabledTooltip: 'Only a Completed or PartiallyFailed backup can be restored.',
  });
  expect(restoreAction('Failed')?.disabled).toBe(true);
});

test('a user who may not create Restores sees why', () => {
  jest
    .mocked(useAccessReview)
    .mockImplementation(({ resource }) => [resource !== 'restores', false]);
  expect(restoreAction('Completed')).toMatchObject({
    disabled: true,
    disabledTooltip: 'You may not create Restores in openshift-adp.',
  });
});

test('Restore from latest on a Schedule: the wizard with the schedule', () => {
  const schedule = { metadata: { name: 'demo-nightly', namespace: 'openshift-adp' } };
  expect(
    restoreFromLatestAction(schedule, 'Restore from latest', { allowed: true, reason: 'r' }),
  ).toEqual({
    id: 'vdp-schedule-restore-latest',
    label: 'Restore from latest',
    cta: { href: '/data-protection/restores/~new?schedule=demo-nightly' },
    disabled: false,
    disabledTooltip: 'r',
  });
});
