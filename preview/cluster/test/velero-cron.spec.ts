/** The cron parser against robfig/cron v3's semantics and messages (controllers/velero/cron.ts). */
import { parseCron, parseGoDurationStrict } from '../controllers/velero/cron';
import { scheduledBackupName, validateSchedule } from '../controllers/velero/schedules';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? 'none' : new Date(ms).toISOString());
const nextOf = (expression: string, from: string) => iso(parseCron(expression).next(at(from)));

test.each([
  ['0 2 * * *', '2026-03-10T01:59:59Z', '2026-03-10T02:00:00.000Z'],
  ['0 2 * * *', '2026-03-10T02:00:00Z', '2026-03-11T02:00:00.000Z'],
  ['*/15 * * * *', '2026-03-10T10:07:30Z', '2026-03-10T10:15:00.000Z'],
  ['5-10/2 * * * *', '2026-03-10T10:07:00Z', '2026-03-10T10:09:00.000Z'],
  ['0 0 1,15 * *', '2026-03-02T00:00:00Z', '2026-03-15T00:00:00.000Z'],
  ['30 4 * feb MON', '2026-03-10T00:00:00Z', '2027-02-01T04:30:00.000Z'],
  // dom and dow both restricted: either matches (the 13th, or a Friday).
  ['0 0 13 * fri', '2026-03-07T00:00:00Z', '2026-03-13T00:00:00.000Z'],
  ['0 0 13 * fri', '2026-03-14T00:00:00Z', '2026-03-20T00:00:00.000Z'],
  // dom restricted, dow "*": both must match, i.e. the dom alone.
  ['0 0 31 * *', '2026-04-01T00:00:00Z', '2026-05-31T00:00:00.000Z'],
  ['0 0 29 2 *', '2026-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ['@hourly', '2026-03-10T10:07:30Z', '2026-03-10T11:00:00.000Z'],
  ['@daily', '2026-03-10T10:07:30Z', '2026-03-11T00:00:00.000Z'],
  ['@midnight', '2026-03-10T10:07:30Z', '2026-03-11T00:00:00.000Z'],
  ['@weekly', '2026-03-10T10:07:30Z', '2026-03-15T00:00:00.000Z'],
  ['@monthly', '2026-03-10T10:07:30Z', '2026-04-01T00:00:00.000Z'],
  ['@yearly', '2026-03-10T10:07:30Z', '2027-01-01T00:00:00.000Z'],
  ['@every 1h30m', '2026-03-10T10:07:30.250Z', '2026-03-10T11:37:30.000Z'],
  ['@every 500ms', '2026-03-10T10:07:30Z', '2026-03-10T10:07:31.000Z'],
  ['? * * * *', '2026-03-10T10:07:30Z', '2026-03-10T10:08:00.000Z'],
])('%s after %s is %s', (expression, from, expected) => {
  expect(nextOf(expression, from)).toBe(expected);
});

test('a date that never comes within five years has no next time', () => {
  expect(nextOf('0 0 30 2 *', '2026-03-01T00:00:00Z')).toBe('none');
});

test.each([
  ['61 * * * *', 'invalid schedule: end of range (61) above maximum (59): 61'],
  ['* 24 * * *', 'invalid schedule: end of range (24) above maximum (23): 24'],
  ['* * 0 * *', 'invalid schedule: beginning of range (0) below minimum (1): 0'],
  ['* * * * 7', 'invalid schedule: end of range (7) above maximum (6): 7'],
  ['10-5 * * * *', 'invalid schedule: beginning of range (10) beyond end of range (5): 10-5'],
  ['*/0 * * * *', 'invalid schedule: step of range should be a positive number: */0'],
  ['1-2-3 * * * *', 'invalid schedule: too many hyphens: 1-2-3'],
  ['*/2/3 * * * *', 'invalid schedule: too many slashes: */2/3'],
  [
    'x * * * *',
    'invalid schedule: failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax',
  ],
  ['* * * * * *', 'invalid schedule: expected exactly 5 fields, found 6: [* * * * * *]'],
  ['0 2 * *', 'invalid schedule: expected exactly 5 fields, found 4: [0 2 * *]'],
  [
    '* * * foo *',
    'invalid schedule: failed to parse int from foo: strconv.Atoi: parsing "foo": invalid syntax',
  ],
  ['@fortnightly', 'invalid schedule: unrecognized descriptor: @fortnightly'],
  [
    '@every 5',
    'invalid schedule: failed to parse duration @every 5: time: missing unit in duration "5"',
  ],
  [
    '@every 5d',
    'invalid schedule: failed to parse duration @every 5d: time: unknown unit "d" in duration "5d"',
  ],
  [
    '@every soon',
    'invalid schedule: failed to parse duration @every soon: time: invalid duration "soon"',
  ],
  ['', 'Schedule must be a non-empty valid Cron expression'],
])('%j is refused with %j', (expression, message) => {
  expect(validateSchedule(expression)).toEqual({ errors: [message] });
});

test('the first failing field is the one reported, as robfig parses left to right', () => {
  expect(validateSchedule('61 25 * * *').errors).toEqual([
    'invalid schedule: end of range (61) above maximum (59): 61',
  ]);
});

test('Go durations parse with their units and signs', () => {
  expect(parseGoDurationStrict('1h2m3.5s')).toBe(3_723_500);
  expect(parseGoDurationStrict('-90m')).toBe(-5_400_000);
  expect(parseGoDurationStrict('0')).toBe(0);
  expect(() => parseGoDurationStrict('')).toThrow('time: invalid duration ""');
});

test('backups of a schedule are named <schedule>-<yyyyMMddHHmmss> in UTC', () => {
  expect(scheduledBackupName('nightly', at('2026-03-10T02:00:07.900Z'))).toBe(
    'nightly-20260310020007',
  );
});
