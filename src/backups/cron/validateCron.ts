import type { CronProblem } from './cronProblem';
import { nextRuns } from './nextRuns';
import { isCronProblem, parseCron } from './parseCron';

/**
 * The problem Velero would report for `spec.schedule` (as `FailedValidation`), or one it would
 * not report but that makes the schedule useless (never runs; `@every` under a second), or
 * undefined when the expression is fine. See nextRunTooFar for the warning.
 */
export const validateCron = (
  expression: string,
  from: Date = new Date(),
): CronProblem | undefined => {
  const parsed = parseCron(expression);
  if (isCronProblem(parsed)) return parsed;
  return nextRuns(expression, from, 1).length === 0 ? { kind: 'neverRuns' } : undefined;
};
