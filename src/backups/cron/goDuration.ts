/**
 * Go's `time.ParseDuration`, which robfig/cron uses for `@every <duration>` (research/
 * oadp-velero.md §0a "Schedules"): a sign, then number+unit pairs (ns, us, µs, ms, s, m, h).
 */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
};

/** Milliseconds, or undefined when Go would refuse the text. */
export const parseGoDuration = (text: string): number | undefined => {
  const sign = text.startsWith('-') ? -1 : 1;
  let rest = text.replace(/^[+-]/, '');
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  while (rest !== '') {
    const match = /^(\d+(?:\.\d*)?|\.\d+)([^\d.]*)/.exec(rest);
    if (!match || !(match[2] in UNIT_MS)) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]];
    rest = rest.slice(match[0].length);
  }
  return sign * total;
};
