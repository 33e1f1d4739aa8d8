import { restoreRow } from './restoreRows';

const now = Date.parse('2026-12-01T12:10:00Z');
const restore = (status: object, spec: object = { backupName: 'b1' }) => ({
  metadata: { name: 'r1', namespace: 'openshift-adp' },
  spec,
  status,
});

test('in progress: items are an estimate, the duration runs to now', () => {
  expect(
    restoreRow(
      restore({
        phase: 'InProgress',
        startTimestamp: '2026-12-01T12:00:00Z',
        progress: { itemsRestored: 4, totalItems: 9 },
      }),
      now,
    ),
  ).toEqual({
    name: 'r1',
    namespace: 'openshift-adp',
    phase: 'InProgress',
    meaning: 'restoring',
    terminal: false,
    source: 'b1',
    started: '2026-12-01T12:00:00Z',
    durationMs: 600_000,
    items: { restored: 4, total: 9, estimate: true },
    errors: 0,
    warnings: 0,
  });
});

test('completed: exact items, the duration to completion, warnings counted', () => {
  const row = restoreRow(
    restore({
      phase: 'Completed',
      startTimestamp: '2026-12-01T12:00:00Z',
      completionTimestamp: '2026-12-01T12:01:30Z',
      progress: { itemsRestored: 7, totalItems: 7 },
      warnings: 2,
    }),
    now,
  );
  expect(row.items).toEqual({ restored: 7, total: 7, estimate: false });
  expect(row.durationMs).toBe(90_000);
  expect(row.warnings).toBe(2);
  expect(row.meaning).toBe('done');
});

test.each([
  ['', 'waiting'],
  ['FailedValidation', 'refused'],
  ['WaitingForPluginOperations', 'downloading'],
  ['FinalizingPartiallyFailed', 'finishing'],
  ['PartiallyFailed', 'partial'],
  ['Failed', 'failed'],
  ['Exploded', 'unknown'],
])('phase %p means %s', (phase, meaning) => {
  expect(restoreRow(restore({ phase }), now).meaning).toBe(meaning);
});

test('from a schedule: the schedule is the source; no start yet, no duration', () => {
  const row = restoreRow(restore({}, { scheduleName: 'demo-nightly' }), now);
  expect(row.source).toBe('demo-nightly');
  expect(row).not.toHaveProperty('durationMs');
});
