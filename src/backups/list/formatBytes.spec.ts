import { formatBytes } from './formatBytes';
import { formatDuration } from './formatDuration';

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [1536, '1.5 KiB'],
  [32212254720, '30.0 GiB'],
  [8053063680, '7.5 GiB'],
  [150 * 1024 ** 3, '150 GiB'],
])('%i bytes → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

test.each([
  [undefined, '-'],
  [12_000, '12s'],
  [292_000, '4m 52s'],
  [3_720_000, '1h 2m'],
])('duration %p → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
