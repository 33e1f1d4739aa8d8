import { dns1123LabelProblem, fitLabel } from './dns1123';

describe('dns1123LabelProblem', () => {
  it.each([
    ['', 'empty'],
    ['Upper', 'invalid'],
    ['a_b', 'invalid'],
    ['-a', 'invalid'],
    ['a-', 'invalid'],
    ['名前', 'invalid'],
    ['a.b', 'invalid'],
    ['a'.repeat(64), 'tooLong'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(dns1123LabelProblem(name)).toBe(problem);
  });

  it.each(['a', 'vm-1', '0abc', 'a'.repeat(63)])('accepts %j', (name) => {
    expect(dns1123LabelProblem(name)).toBeUndefined();
  });
});

describe('fitLabel', () => {
  it('keeps short names whole', () => {
    expect(fitLabel('vm-a', '-snapshot-1')).toBe('vm-a-snapshot-1');
  });

  it('cuts the prefix to fit 63 characters without a dangling dash', () => {
    const prefix = `${'a'.repeat(40)}-${'b'.repeat(30)}`;
    const result = fitLabel(prefix, '-snapshot-20261121-120000');
    expect(result.length).toBeLessThanOrEqual(63);
    expect(result).toBe(`${'a'.repeat(38)}-snapshot-20261121-120000`);
    expect(dns1123LabelProblem(result)).toBeUndefined();
  });
});
