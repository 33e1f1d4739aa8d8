/**
 * Cron expressions as Velero 1.16 reads a Schedule's `spec.schedule` (research/oadp-velero.md
 * §0a "Schedules"): robfig/cron v3's `ParseStandard` — five fields (minute hour dom month dow),
 * ranges, steps, lists, month and day names, `@yearly`…`@hourly` and `@every <Go duration>` —
 * with the library's own error texts (Velero prefixes them with "invalid schedule: "). Times are
 * UTC, the Velero pod's zone.
 */

export interface CronSchedule {
  /** The first activation strictly after `ms` (epoch ms), or undefined when there is none. */
  next(ms: number): number | undefined;
}

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const STAR = 2n ** 63n;
const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: Object.fromEntries(
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map(
      (n, i) => [n, i + 1],
    ),
  ),
};
const DOW: Bounds = {
  min: 0,
  max: 6,
  names: Object.fromEntries(
    ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((n, i) => [n, i]),
  ),
};

/** Go's `strconv.Atoi` plus robfig's negative check. */
function parseInt10(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr))
    throw new Error(
      `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`,
    );
  const num = Number(expr);
  if (num < 0) throw new Error(`negative number (${num}) not allowed: ${expr}`);
  return num;
}

function intOrName(expr: string, bounds: Bounds): number {
  const named = bounds.names?.[expr.toLowerCase()];
  return named ?? parseInt10(expr);
}

function bits(min: number, max: number, step: number): bigint {
  let result = 0n;
  for (let i = min; i <= max; i += step) result |= 1n << BigInt(i);
  return result;
}

function range(expr: string, bounds: Bounds): bigint {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  let extra = 0n;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    [start, end, extra] = [bounds.min, bounds.max, STAR];
  } else {
    start = intOrName(lowAndHigh[0], bounds);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = intOrName(lowAndHigh[1], bounds);
    else throw new Error(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseInt10(rangeAndStep[1]);
    if (lowAndHigh.length === 1) end = bounds.max;
    if (step > 1) extra = 0n;
  } else if (rangeAndStep.length > 2) {
    throw new Error(`too many slashes: ${expr}`);
  }
  if (start < bounds.min)
    throw new Error(`beginning of range (${start}) below minimum (${bounds.min}): ${expr}`);
  if (end > bounds.max)
    throw new Error(`end of range (${end}) above maximum (${bounds.max}): ${expr}`);
  if (start > end)
    throw new Error(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new Error(`step of range should be a positive number: ${expr}`);
  return bits(start, end, step) | extra;
}

function field(text: string, bounds: Bounds): bigint {
  return text
    .split(',')
    .filter((part) => part !== '')
    .reduce((acc, part) => acc | range(part, bounds), 0n);
}

const all = (b: Bounds) => bits(b.min, b.max, 1) | STAR;
const has = (set: bigint, value: number) => (set & (1n << BigInt(value))) !== 0n;

interface Spec {
  minute: bigint;
  hour: bigint;
  dom: bigint;
  month: bigint;
  dow: bigint;
}

const DESCRIPTORS: Record<string, Spec> = {
  '@yearly': { minute: 1n, hour: 1n, dom: 2n, month: 2n, dow: all(DOW) },
  '@monthly': { minute: 1n, hour: 1n, dom: 2n, month: all(MONTHS), dow: all(DOW) },
  '@weekly': { minute: 1n, hour: 1n, dom: all(DOM), month: all(MONTHS), dow: 1n },
  '@daily': { minute: 1n, hour: 1n, dom: all(DOM), month: all(MONTHS), dow: all(DOW) },
  '@hourly': { minute: 1n, hour: all(HOURS), dom: all(DOM), month: all(MONTHS), dow: all(DOW) },
};
DESCRIPTORS['@annually'] = DESCRIPTORS['@yearly'];
DESCRIPTORS['@midnight'] = DESCRIPTORS['@daily'];

/** robfig's `dayMatches`: with a `*` in dom or dow both must match, otherwise either. */
function dayMatches(spec: Spec, t: Date): boolean {
  const domMatch = has(spec.dom, t.getUTCDate());
  const dowMatch = has(spec.dow, t.getUTCDay());
  return (spec.dom & STAR) !== 0n || (spec.dow & STAR) !== 0n
    ? domMatch && dowMatch
    : domMatch || dowMatch;
}

/** The next whole minute after `ms` matching the spec, searching five years ahead as robfig does. */
function specNext(spec: Spec, ms: number): number | undefined {
  const t = new Date(Math.floor(ms / 60_000) * 60_000 + 60_000);
  const yearLimit = t.getUTCFullYear() + 5;
  while (t.getUTCFullYear() <= yearLimit) {
    if (!has(spec.month, t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0, 0);
    } else if (!dayMatches(spec, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0, 0);
    } else if (!has(spec.hour, t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
    } else if (!has(spec.minute, t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
    } else {
      return t.getTime();
    }
  }
  return undefined;
}

/** Go's `time.ParseDuration`, with its error texts. */
export function parseGoDurationStrict(text: string): number {
  const quoted = JSON.stringify(text);
  const units: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1e3,
    m: 6e4,
    h: 36e5,
  };
  let rest = text.replace(/^[+-]/, '');
  const sign = text.startsWith('-') ? -1 : 1;
  if (rest === '0') return 0;
  if (rest === '') throw new Error(`time: invalid duration ${quoted}`);
  let total = 0;
  while (rest !== '') {
    const number = /^(\d+(\.\d*)?|\.\d+)/.exec(rest);
    if (!number) throw new Error(`time: invalid duration ${quoted}`);
    rest = rest.slice(number[0].length);
    const unit = /^[^\d.]*/.exec(rest)?.[0] ?? '';
    if (unit === '') throw new Error(`time: missing unit in duration ${quoted}`);
    if (!(unit in units))
      throw new Error(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    total += Number(number[0]) * units[unit];
    rest = rest.slice(unit.length);
  }
  return sign * total;
}

/** `cron.ParseStandard`: throws an Error with robfig's message when the expression is invalid. */
export function parseCron(expression: string): CronSchedule {
  if (expression.length === 0) throw new Error('empty spec string');
  if (expression.startsWith('@')) {
    const spec = DESCRIPTORS[expression];
    if (spec) return { next: (ms) => specNext(spec, ms) };
    if (expression.startsWith('@every ')) {
      let delay: number;
      try {
        delay = parseGoDurationStrict(expression.slice('@every '.length));
      } catch (error) {
        throw new Error(`failed to parse duration ${expression}: ${(error as Error).message}`);
      }
      // Every(): at least one second, whole seconds; Next keeps the previous time's seconds.
      const step = Math.max(1000, delay - (delay % 1000));
      return { next: (ms) => ms - (ms % 1000) + step };
    }
    throw new Error(`unrecognized descriptor: ${expression}`);
  }
  const fields = expression.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5)
    throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const spec: Spec = {
    minute: field(fields[0], MINUTES),
    hour: field(fields[1], HOURS),
    dom: field(fields[2], DOM),
    month: field(fields[3], MONTHS),
    dow: field(fields[4], DOW),
  };
  return { next: (ms) => specNext(spec, ms) };
}
