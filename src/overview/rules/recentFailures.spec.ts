import { NOW, ago, backup, snapshot } from './coverageFixtures';
import { recentFailures } from './recentFailures';

test('failed, partially failed and refused backups and restores, and failed snapshots, of the last 24 hours', () => {
  const failedSnapshot = snapshot('demo', 'snap-failed', 'web', { phase: 'Failed', ready: false });
  failedSnapshot.status = {
    ...failedSnapshot.status,
    error: { message: 'deadline exceeded', time: ago(2) },
  };
  const refused = backup('refused', { phase: 'FailedValidation', hoursAgo: 4 });
  refused.status = { ...refused.status, validationErrors: ['unknown storage location offsite'] };
  const failures = recentFailures(
    {
      backups: [
        backup('ok', { hoursAgo: 1 }),
        backup('partial', { phase: 'PartiallyFailed', hoursAgo: 3 }),
        refused,
        backup('too-old', { phase: 'Failed', hoursAgo: 25 }),
      ],
      restores: [
        {
          metadata: { name: 'r1', namespace: 'openshift-adp' },
          status: { phase: 'Failed', failureReason: 'bucket gone', completionTimestamp: ago(1) },
        },
      ],
      snapshots: [failedSnapshot, snapshot('demo', 'snap-ok', 'web')],
    },
    NOW,
  );
  expect(failures.map((f) => [f.kind, f.name, f.phase, f.reason])).toEqual([
    ['Restore', 'r1', 'Failed', 'bucket gone'],
    ['VirtualMachineSnapshot', 'snap-failed', 'Failed', 'deadline exceeded'],
    ['Backup', 'partial', 'PartiallyFailed', undefined],
    ['Backup', 'refused', 'FailedValidation', 'unknown storage location offsite'],
  ]);
});
