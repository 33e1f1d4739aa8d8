import { timestampText } from './timestamp-text';

const now = Date.parse('2026-11-01T12:00:00Z');
const at = (msAgo: number) => new Date(now - msAgo);

describe('timestampText (the console Timestamp rules)', () => {
  it('is relative only within 10.5 minutes', () => {
    expect(timestampText(at(20_000), now)).toBe('Just now');
    expect(timestampText(at(10 * 60_000), now)).toBe('10 minutes ago');
    expect(timestampText(at(10 * 60_000), now, true)).toBe('10 minutes');
    expect(timestampText(at(11 * 60_000), now)).not.toMatch(/ago|minutes/);
  });

  it('shows a future time as a date, never as "Just now"', () => {
    const future = timestampText(at(-5 * 60_000), now);
    expect(future).not.toMatch(/ago|Just now/);
    expect(future).toContain('2026');
  });
});
