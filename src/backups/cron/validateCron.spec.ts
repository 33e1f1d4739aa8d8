import { validateCron } from './validateCron';

const FROM = new Date('2026-12-01T23:00:00Z');
const problem = (expression: string) => validateCron(expression, FROM);

describe('validateCron (robfig/cron v3 ParseStandard, as Velero 1.16 reads spec.schedule)', () => {
  it.each([
    '0 2 * * *',
    '*/15 * * * 1-5',
    '0 0 1,15 * *',
    '30 3 * jan-mar MON',
    '0 0 ? * sun',
    '5-10/2 * * * *',
    '@yearly',
    '@annually',
    '@monthly',
    '@weekly',
    '@daily',
    '@midnight',
    '@hourly',
    '@every 1h',
    '@every 1h30m',
    '@every 90s',
    'CRON_TZ=Europe/Paris 0 2 * * *',
    'TZ=America/New_York @daily',
    '  0   2 * * *  ',
  ])('accepts %s', (expression) => {
    expect(problem(expression)).toBeUndefined();
  });

  it.each<[string, ReturnType<typeof validateCron>]>([
    ['', { kind: 'empty' }],
    ['* * *', { kind: 'fieldCount', found: 3 }],
    ['* * * * * *', { kind: 'fieldCount', found: 6 }],
    ['61 * * * *', { kind: 'tooHigh', field: 'minute', value: 61, min: 0, max: 59 }],
    ['0 24 * * *', { kind: 'tooHigh', field: 'hour', value: 24, min: 0, max: 23 }],
    ['0 0 0 * *', { kind: 'tooLow', field: 'dayOfMonth', value: 0, min: 1, max: 31 }],
    ['0 0 * 13 *', { kind: 'tooHigh', field: 'month', value: 13, min: 1, max: 12 }],
    ['0 0 * * 7', { kind: 'tooHigh', field: 'dayOfWeek', value: 7, min: 0, max: 6 }],
    ['0 0 * * fri-mon', { kind: 'backwards', field: 'dayOfWeek', start: 5, end: 1 }],
    ['*/0 * * * *', { kind: 'zeroStep', field: 'minute', part: '*/0' }],
    ['1-2-3 * * * *', { kind: 'syntax', field: 'minute', part: '1-2-3' }],
    ['0 0 L * *', { kind: 'value', field: 'dayOfMonth', value: 'L' }],
    ['-1 * * * *', { kind: 'value', field: 'minute', value: '-1' }],
    ['@daily extra', { kind: 'descriptorExtra', descriptor: '@daily' }],
    ['@reboot', { kind: 'unknownDescriptor', descriptor: '@reboot' }],
    ['@every', { kind: 'everyMissing' }],
    ['@every -5m', { kind: 'everyNotPositive', duration: '-5m' }],
    ['@every 500ms', { kind: 'everyNotPositive', duration: '500ms' }],
    ['@every 5', { kind: 'everyDuration', duration: '5' }],
    ['@every 1d', { kind: 'everyDuration', duration: '1d' }],
    ['CRON_TZ=Mars/Base 0 2 * * *', { kind: 'timeZone', zone: 'Mars/Base' }],
    ['0 0 30 2 *', { kind: 'neverRuns' }],
  ])('refuses %j', (expression, expected) => {
    expect(problem(expression)).toEqual(expected);
  });
});
