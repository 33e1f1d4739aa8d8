/**
 * The JSON patches the Schedule actions send: only the fields the user changed. `add` sets a
 * member whether or not it exists (RFC 6902), so an unset `paused` or `ttl` needs no special case.
 */
import type { VeleroSchedule } from '../../k8s/types';

export type SchedulePatch = { op: 'add'; path: string; value: string | boolean };

export const pausePatch = (paused: boolean, skipMissedRun = false): SchedulePatch[] => [
  { op: 'add', path: '/spec/paused', value: paused },
  // Resuming with skipImmediately waits for the next cron time instead of running at once.
  ...(skipMissedRun ? [{ op: 'add' as const, path: '/spec/skipImmediately', value: true }] : []),
];

export type ScheduleEdit = { schedule: string; ttl: string; paused: boolean };

export const editValuesOf = (schedule: VeleroSchedule): ScheduleEdit => ({
  schedule: schedule.spec?.schedule ?? '',
  ttl: schedule.spec?.template?.ttl ?? '',
  paused: schedule.spec?.paused === true,
});

export const editPatch = (schedule: VeleroSchedule, edit: ScheduleEdit): SchedulePatch[] => {
  const before = editValuesOf(schedule);
  const patch: SchedulePatch[] = [];
  if (edit.schedule !== before.schedule)
    patch.push({ op: 'add', path: '/spec/schedule', value: edit.schedule });
  if (edit.ttl !== before.ttl)
    patch.push({ op: 'add', path: '/spec/template/ttl', value: edit.ttl });
  if (edit.paused !== before.paused)
    patch.push({ op: 'add', path: '/spec/paused', value: edit.paused });
  return patch;
};
