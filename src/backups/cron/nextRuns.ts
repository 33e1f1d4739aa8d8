/**
 * The next activations of a cron expression (cron-parser for fields, robfig's constant delay
 * for `@every`). Velero evaluates schedules in its pod's zone, UTC, unless the expression has
 * a `CRON_TZ=` prefix; pass the zone to read the times in, the prefix wins.
 */
import { CronExpressionParser } from 'cron-parser';
import type { ParsedCron } from './parseCron';
import { isCronProblem, parseCron } from './parseCron';

export const VELERO_TIME_ZONE = 'UTC';

const fieldRuns = (
  parsed: ParsedCron & { kind: 'fields' },
  from: Date,
  count: number,
  zone: string,
) => {
  try {
    const runs = CronExpressionParser.parse(parsed.fields, {
      currentDate: from,
      tz: parsed.timeZone ?? zone,
    });
    const result: Date[] = [];
    for (let i = 0; i < count && runs.hasNext(); i += 1) result.push(runs.next().toDate());
    return result;
  } catch {
    // No date matches (30 February), or nothing within cron-parser's search span.
    return [];
  }
};

/** Up to `count` run times strictly after `from`; [] when the expression is invalid or never runs. */
export const nextRuns = (
  expression: string,
  from: Date,
  count: number,
  timeZone: string = VELERO_TIME_ZONE,
): Date[] => {
  const parsed = parseCron(expression);
  if (isCronProblem(parsed)) return [];
  if (parsed.kind === 'fields') return fieldRuns(parsed, from, count, timeZone);
  // robfig's ConstantDelaySchedule: drop the sub-second part, then add the delay.
  const start = from.getTime() - (from.getTime() % 1000);
  return Array.from({ length: count }, (_, i) => new Date(start + (i + 1) * parsed.everyMs));
};

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** True when the first run is more than a year after `from` (a warning, not an error). */
export const nextRunTooFar = (expression: string, from: Date): boolean => {
  const [first] = nextRuns(expression, from, 1);
  return first !== undefined && first.getTime() - from.getTime() > YEAR_MS;
};
