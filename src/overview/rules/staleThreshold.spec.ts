import { formatAge } from './formatAge';
import { DEFAULT_STALE_HOURS, parseStaleHours } from './staleThreshold';

test('a preset from the URL is kept; anything else falls back to two days', () => {
  expect(parseStaleHours('24')).toBe(24);
  expect(parseStaleHours('720')).toBe(720);
  expect(DEFAULT_STALE_HOURS).toBe(48);
  for (const bad of [null, '', '5', '-24', 'abc', '24.5']) expect(parseStaleHours(bad)).toBe(48);
});

test('ages in days and hours, hours and minutes, or minutes', () => {
  expect(formatAge((3 * 24 + 4) * 3600_000 + 59_000)).toBe('3d 4h');
  expect(formatAge((5 * 60 + 12) * 60_000)).toBe('5h 12m');
  expect(formatAge(7 * 60_000 + 30_000)).toBe('7m');
  expect(formatAge(-5000)).toBe('0m');
});
