import { failureDeadlineValue, isDeadlineUnit, parseFailureDeadline } from './failureDeadline';

describe('parseFailureDeadline', () => {
  it('treats empty as "use the controller default": nothing is sent', () => {
    const deadline = parseFailureDeadline('', 'm');
    expect(deadline).toEqual({ kind: 'default' });
    expect(failureDeadlineValue(deadline)).toBeUndefined();
  });

  it.each([
    ['10', 'm', '10m'],
    ['1.5', 'h', '1.5h'],
    ['90', 's', '90s'],
    ['1', 's', '1s'],
    ['007', 'm', '007m'],
  ] as const)('%s with unit %s sends %s', (value, unit, sent) => {
    const deadline = parseFailureDeadline(value, unit);
    expect(deadline).toEqual({ kind: 'duration', duration: sent });
    expect(failureDeadlineValue(deadline)).toBe(sent);
  });

  it.each(['0', '00', '0.0'])('%s means no deadline and sends 0s', (value) => {
    const deadline = parseFailureDeadline(value, 'h');
    expect(deadline).toEqual({ kind: 'none', duration: '0s' });
    expect(failureDeadlineValue(deadline)).toBe('0s');
  });

  it.each([
    'abc',
    '-5',
    '1e3',
    ' 5',
    '5 ',
    '0x10',
    '+5',
    '1.',
    '.5',
    '1,5',
    'Infinity',
    'NaN',
    '5m',
  ])('%j is refused as not a plain number', (value) => {
    const deadline = parseFailureDeadline(value, 's');
    expect(deadline).toEqual({ kind: 'invalid', problem: 'format' });
    expect(failureDeadlineValue(deadline)).toBeUndefined();
  });

  it('refuses a positive value under one second (Go would round tiny ones to "no deadline")', () => {
    expect(parseFailureDeadline('0.5', 's')).toEqual({ kind: 'invalid', problem: 'tooShort' });
    expect(parseFailureDeadline('0.0000000001', 's')).toEqual({
      kind: 'invalid',
      problem: 'tooShort',
    });
    expect(parseFailureDeadline('0.02', 'm')).toEqual({ kind: 'duration', duration: '0.02m' });
  });

  it('refuses a value longer than a Go duration can hold', () => {
    expect(parseFailureDeadline('2562047', 'h')).toEqual({
      kind: 'duration',
      duration: '2562047h',
    });
    expect(parseFailureDeadline('2562048', 'h')).toEqual({ kind: 'invalid', problem: 'tooLong' });
    expect(parseFailureDeadline('99999999999999999999', 's')).toEqual({
      kind: 'invalid',
      problem: 'tooLong',
    });
  });
});

describe('isDeadlineUnit', () => {
  it('accepts exactly s, m and h', () => {
    expect(['s', 'm', 'h', 'ms', 'd', ''].filter(isDeadlineUnit)).toEqual(['s', 'm', 'h']);
  });
});
