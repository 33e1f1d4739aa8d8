import { formatTTL, parseTTL } from './ttl';

test.each([
  ['168h', 168 * 3_600_000],
  ['1h30m', 5_400_000],
  ['1.5h', 5_400_000],
  ['90m', 5_400_000],
  ['720h0m0s', 720 * 3_600_000],
  [' 24h ', 24 * 3_600_000],
])('%p is %i ms', (text, ms) => expect(parseTTL(text)).toBe(ms));

test.each([
  ['', 'empty'],
  ['abc', 'format'],
  ['-1h', 'negative'],
  ['1.5.5h', 'format'],
  ['5', 'format'],
  ['0s', 'zero'],
  ['0h0m', 'zero'],
  ['1d', 'format'],
  ['900000h', 'too-long'],
])('%p is refused: %s', (text, problem) => expect(parseTTL(text)).toBe(problem));

test('canonical Go form', () => {
  expect(formatTTL(168 * 3_600_000)).toBe('168h0m0s');
  expect(formatTTL(5_400_000)).toBe('1h30m0s');
});
