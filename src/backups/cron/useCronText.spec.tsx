import { renderHook } from '@testing-library/react';
import { useCronProblemText, useCronWords } from './useCronText';
import { validateCron } from './validateCron';

const FROM = new Date('2026-12-01T23:00:00Z');

describe('useCronProblemText', () => {
  it.each([
    [
      '* * *',
      'A cron expression has 5 fields: minute, hour, day of month, month, day of week; this one has 3.',
    ],
    ['61 * * * *', 'The minute must be between 0 and 59; this one has 61.'],
    [
      '* * * * * *',
      'A cron expression has 5 fields: minute, hour, day of month, month, day of week; this one has 6.',
    ],
    ['@daily extra', '@daily takes nothing after it.'],
    ['@every', '@every needs a duration, for example "@every 6h".'],
    [
      '@every -5m',
      '@every needs a duration of at least one second; Velero would start a backup every second for "-5m".',
    ],
    ['0 0 30 2 *', 'This expression matches no date (for example 30 February), so it never runs.'],
  ])('explains %j', (expression, text) => {
    const { result } = renderHook(() => useCronProblemText());
    expect(result.current(validateCron(expression, FROM))).toBe(text);
  });
});

describe('useCronWords', () => {
  it('words fields, @every and a time zone prefix', () => {
    const { result } = renderHook(() => useCronWords());
    expect(result.current('0 2 * * *')).toBe('At 02:00');
    expect(result.current('@every 6h')).toBe('Every 6h');
    expect(result.current('CRON_TZ=Europe/Paris @daily')).toBe('At 00:00 (Europe/Paris)');
    expect(result.current('61 * * * *')).toBeUndefined();
  });
});
