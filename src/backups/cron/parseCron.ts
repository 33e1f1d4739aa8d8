/**
 * A Schedule's `spec.schedule` read the way Velero 1.16 reads it: robfig/cron v3
 * `ParseStandard` (research/oadp-velero.md §0a "Schedules"). An optional `CRON_TZ=<zone> ` or
 * `TZ=<zone> ` prefix, then `@yearly`…`@hourly`, `@every <Go duration>`, or 5 fields. Without a
 * prefix Velero uses its pod's zone, which is UTC.
 */
import { checkField, FIELD_ORDER } from './cronFields';
import type { CronProblem } from './cronProblem';
import { parseGoDuration } from './goDuration';

export type ParsedCron =
  | { kind: 'fields'; fields: string; timeZone?: string }
  | { kind: 'every'; everyMs: number; duration: string; timeZone?: string };

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
};

const parseDescriptor = (spec: string, timeZone?: string): ParsedCron | CronProblem => {
  const fields = DESCRIPTORS[spec];
  if (fields) return { kind: 'fields', fields, timeZone };
  if (spec.startsWith('@every ')) {
    const duration = spec.slice('@every '.length);
    const ms = parseGoDuration(duration);
    if (ms === undefined) return { kind: 'everyDuration', duration };
    // robfig turns anything under a second into every second: never what was meant.
    if (ms < 1000) return { kind: 'everyNotPositive', duration };
    return { kind: 'every', everyMs: ms - (ms % 1000), duration, timeZone };
  }
  if (spec.trim() === '@every') return { kind: 'everyMissing' };
  const word = spec.split(/\s/)[0];
  if (word in DESCRIPTORS || word === '@every')
    return { kind: 'descriptorExtra', descriptor: word };
  return { kind: 'unknownDescriptor', descriptor: word };
};

export const isCronProblem = (value: ParsedCron | CronProblem): value is CronProblem =>
  value.kind !== 'fields' && value.kind !== 'every';

export const parseCron = (expression: string): ParsedCron | CronProblem => {
  let spec = expression;
  let timeZone: string | undefined;
  if (spec.trim() === '') return { kind: 'empty' };
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const zone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    if (space < 0 || !isTimeZone(zone)) return { kind: 'timeZone', zone };
    timeZone = zone;
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) return parseDescriptor(spec, timeZone);
  const fields = spec.split(/\s+/).filter((field) => field !== '');
  if (fields.length !== 5) return { kind: 'fieldCount', found: fields.length };
  for (const [index, field] of FIELD_ORDER.entries()) {
    const problem = checkField(field, fields[index]);
    if (problem) return problem;
  }
  // cron-parser does not take robfig's `+5` or empty list items; both mean the same without.
  const normalized = fields.map((f) => f.replace(/\+/g, '').replace(/^,+|,+$|,(?=,)/g, ''));
  return { kind: 'fields', fields: normalized.join(' '), timeZone };
};
