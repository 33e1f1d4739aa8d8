/**
 * The subset of kubectl JSONPath that CRD printer columns use: `.a.b`, `[0]`, `[*]` and
 * `[?(@.field=='value')]` filters. Returns every match, in order.
 */
import { getPath, isMap } from './types';

type Step =
  | { kind: 'field'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'filter'; path: string[]; value: string };

function parse(expression: string): Step[] {
  const text = expression.replace(/^\{/, '').replace(/\}$/, '');
  const steps: Step[] = [];
  const pattern =
    /\.([A-Za-z0-9_$-]+)|\[(\d+)\]|\[\*\]|\[\?\(@\.([A-Za-z0-9_.$-]+)\s*==\s*(['"])(.*?)\4\)\]/y;
  let position = 0;
  while (position < text.length) {
    pattern.lastIndex = position;
    const m = pattern.exec(text);
    if (!m) throw new Error(`unsupported JSONPath ${expression}`);
    if (m[1] !== undefined) steps.push({ kind: 'field', name: m[1] });
    else if (m[2] !== undefined) steps.push({ kind: 'index', index: Number(m[2]) });
    else if (m[3] !== undefined) steps.push({ kind: 'filter', path: m[3].split('.'), value: m[5] });
    else steps.push({ kind: 'all' });
    position = pattern.lastIndex;
  }
  return steps;
}

const parsed = new Map<string, Step[]>();

export function evaluateJsonPath(root: unknown, expression: string): unknown[] {
  let steps = parsed.get(expression);
  if (!steps) {
    steps = parse(expression);
    parsed.set(expression, steps);
  }
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of current) {
      if (step.kind === 'field') {
        if (isMap(value) && value[step.name] !== undefined) next.push(value[step.name]);
      } else if (step.kind === 'index') {
        if (Array.isArray(value) && step.index < value.length) next.push(value[step.index]);
      } else if (Array.isArray(value)) {
        for (const item of value) {
          if (step.kind === 'all' || String(getPath(item, step.path)) === step.value)
            next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}
