/**
 * One field of a 5-field cron expression as robfig/cron v3 `getRange` reads it (Velero 1.16,
 * research/oadp-velero.md §0a "Schedules"): `*` or `?`, a number or name, `a-b`, `/step`,
 * comma lists. Day of week is 0–6: robfig refuses 7.
 */
import type { CronFieldName, CronProblem } from './cronProblem';

interface Bounds {
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const FIELD_ORDER: readonly CronFieldName[] = [
  'minute',
  'hour',
  'dayOfMonth',
  'month',
  'dayOfWeek',
];

const BOUNDS: Record<CronFieldName, Bounds> = {
  minute: { min: 0, max: 59 },
  hour: { min: 0, max: 23 },
  dayOfMonth: { min: 1, max: 31 },
  month: { min: 1, max: 12, names: MONTH_NAMES },
  dayOfWeek: { min: 0, max: 6, names: DAY_NAMES },
};

const valueOf = (text: string, bounds: Bounds): number | undefined => {
  const name = bounds.names?.indexOf(text.toLowerCase()) ?? -1;
  if (name >= 0) return name + (bounds.names === MONTH_NAMES ? 1 : 0);
  return /^\+?\d+$/.test(text) ? Number(text) : undefined;
};

const checkPart = (field: CronFieldName, part: string): CronProblem | undefined => {
  const bounds = BOUNDS[field];
  const rangeAndStep = part.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  if (rangeAndStep.length > 2 || lowAndHigh.length > 2) return { kind: 'syntax', field, part };
  let start = bounds.min;
  let end = bounds.max;
  if (lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') {
    const values = lowAndHigh.map((text) => valueOf(text, bounds));
    const bad = values.findIndex((value) => value === undefined);
    if (bad >= 0) return { kind: 'value', field, value: lowAndHigh[bad] || part };
    start = values[0] as number;
    end = lowAndHigh.length === 2 ? (values[1] as number) : start;
  }
  if (rangeAndStep.length === 2) {
    const step = valueOf(rangeAndStep[1], { min: 0, max: 0 });
    if (step === undefined) return { kind: 'value', field, value: rangeAndStep[1] || part };
    if (step === 0) return { kind: 'zeroStep', field, part };
    if (lowAndHigh.length === 1 && lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') end = bounds.max;
  }
  const limits = { min: bounds.min, max: bounds.max };
  if (start < bounds.min) return { kind: 'tooLow', field, value: start, ...limits };
  if (end > bounds.max) return { kind: 'tooHigh', field, value: end, ...limits };
  if (start > end) return { kind: 'backwards', field, start, end };
  return undefined;
};

/** The first problem of one field, or undefined. Empty list items are skipped, as robfig does. */
export const checkField = (field: CronFieldName, text: string): CronProblem | undefined => {
  for (const part of text.split(',')) {
    if (part === '') continue;
    const problem = checkPart(field, part);
    if (problem) return problem;
  }
  return undefined;
};
