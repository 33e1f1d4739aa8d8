import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { nightlySchedule } from '../scheduleFixtures';
import { useScheduleActions } from './useScheduleActions';

const summary = (schedule = nightlySchedule()) => {
  const { result } = renderHook(() => useScheduleActions(schedule));
  return result.current[0].map((a) => [
    a.id,
    a.label,
    !!a.disabled,
    a.disabled ? a.disabledTooltip : undefined,
  ]);
};

test('a viewer sees every action disabled, each with its reason', () => {
  jest.mocked(useAccessReview).mockReturnValue([false, false]);
  expect(summary()).toEqual([
    ['vdp-schedule-run-now', 'Run now', true, 'You may not create Backups in openshift-adp.'],
    [
      'vdp-schedule-restore-latest',
      'Restore from latest',
      true,
      'You may not create Restores in openshift-adp.',
    ],
    ['vdp-schedule-pause', 'Pause', true, 'You may not edit Schedules in openshift-adp.'],
    ['vdp-schedule-edit', 'Edit schedule', true, 'You may not edit Schedules in openshift-adp.'],
    [
      'vdp-schedule-delete',
      'Delete schedule',
      true,
      'You may not delete Schedules in openshift-adp.',
    ],
  ]);
});

test('an admin may use them all; a paused schedule offers Resume; access is reviewed per verb', () => {
  expect(summary(nightlySchedule({ paused: true }))).toEqual([
    ['vdp-schedule-run-now', 'Run now', false, undefined],
    ['vdp-schedule-restore-latest', 'Restore from latest', false, undefined],
    ['vdp-schedule-resume', 'Resume', false, undefined],
    ['vdp-schedule-edit', 'Edit schedule', false, undefined],
    ['vdp-schedule-delete', 'Delete schedule', false, undefined],
  ]);
  expect(
    jest.mocked(useAccessReview).mock.calls.map(([r]) => [r.resource, r.verb, r.namespace]),
  ).toEqual(
    expect.arrayContaining([
      ['backups', 'create', 'openshift-adp'],
      ['schedules', 'patch', 'openshift-adp'],
      ['schedules', 'delete', 'openshift-adp'],
      ['restores', 'create', 'openshift-adp'],
    ]),
  );
});
