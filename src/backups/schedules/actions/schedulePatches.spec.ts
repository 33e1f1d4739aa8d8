import type { VeleroSchedule } from '../../k8s/types';
import { editPatch, pausePatch } from './schedulePatches';

const schedule: VeleroSchedule = {
  metadata: { name: 'demo-nightly', namespace: 'openshift-adp' },
  spec: { schedule: '0 2 * * *', template: { ttl: '720h0m0s' } },
};

test('pause and resume set spec.paused; resuming may skip the missed run', () => {
  expect(pausePatch(true)).toEqual([{ op: 'add', path: '/spec/paused', value: true }]);
  expect(pausePatch(false)).toEqual([{ op: 'add', path: '/spec/paused', value: false }]);
  expect(pausePatch(false, true)).toEqual([
    { op: 'add', path: '/spec/paused', value: false },
    { op: 'add', path: '/spec/skipImmediately', value: true },
  ]);
});

test('an edit patches only what changed', () => {
  expect(editPatch(schedule, { schedule: '0 2 * * *', ttl: '720h0m0s', paused: false })).toEqual(
    [],
  );
  expect(editPatch(schedule, { schedule: '0 3 * * *', ttl: '720h0m0s', paused: false })).toEqual([
    { op: 'add', path: '/spec/schedule', value: '0 3 * * *' },
  ]);
  expect(editPatch(schedule, { schedule: '0 2 * * *', ttl: '168h0m0s', paused: true })).toEqual([
    { op: 'add', path: '/spec/template/ttl', value: '168h0m0s' },
    { op: 'add', path: '/spec/paused', value: true },
  ]);
});
