/** Label selectors (full set-based syntax) and field selectors, as list and watch accept them. */
import { errors } from './errors';
import type { KubeObject } from './types';
import { getPath } from './types';

type LabelRequirement =
  | { op: 'exists' | 'notexists'; key: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'gt' | 'lt'; key: string; value: number };

export type Matcher = (object: KubeObject) => boolean;

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function parseRequirement(text: string): LabelRequirement {
  const set = /^([^\s!=<>(),]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(text);
  if (set) {
    const values = set[3].split(',').map((v) => v.trim());
    return { op: set[2] === 'in' ? 'in' : 'notin', key: set[1], values };
  }
  const equality = /^([^\s!=<>(),]+)\s*(==|=|!=)\s*([^\s!=<>(),]*)$/.exec(text);
  if (equality) {
    return { op: equality[2] === '!=' ? 'notin' : 'in', key: equality[1], values: [equality[3]] };
  }
  const compare = /^([^\s!=<>(),]+)\s*([<>])\s*(-?\d+)$/.exec(text);
  if (compare)
    return { op: compare[2] === '>' ? 'gt' : 'lt', key: compare[1], value: Number(compare[3]) };
  const exists = /^(!?)([^\s!=<>(),]+)$/.exec(text);
  if (exists) return { op: exists[1] ? 'notexists' : 'exists', key: exists[2] };
  throw errors.badRequest(`unable to parse requirement: found '${text}', expected: identifier`);
}

function labelMatches(labels: Record<string, string>, req: LabelRequirement): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = has ? labels[req.key] : undefined;
  switch (req.op) {
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    case 'in':
      return value !== undefined && req.values.includes(value);
    case 'notin':
      return value === undefined || !req.values.includes(value);
    case 'gt':
      return value !== undefined && Number(value) > req.value;
    case 'lt':
      return value !== undefined && Number(value) < req.value;
  }
}

export function parseLabelSelector(selector: string | null): Matcher {
  if (!selector) return () => true;
  const requirements = splitTopLevel(selector).map(parseRequirement);
  return (object) => requirements.every((r) => labelMatches(object.metadata.labels ?? {}, r));
}

/** Matches a metav1.LabelSelector object (matchLabels + matchExpressions), e.g. in aggregation rules. */
export function labelSelectorObjectMatches(
  selector: {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string; values?: string[] }[];
  },
  labels: Record<string, string>,
): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    const op =
      e.operator === 'In'
        ? 'in'
        : e.operator === 'NotIn'
          ? 'notin'
          : e.operator === 'Exists'
            ? 'exists'
            : 'notexists';
    return labelMatches(
      labels,
      op === 'in' || op === 'notin'
        ? { op, key: e.key, values: e.values ?? [] }
        : { op, key: e.key },
    );
  });
  return byLabels && byExpressions;
}

/** Field selectors each kind supports besides metadata.name and metadata.namespace. */
const EXTRA_FIELDS: Record<string, string[]> = {
  Event: [
    'involvedObject.kind',
    'involvedObject.name',
    'involvedObject.namespace',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'reason',
    'type',
  ],
  Pod: ['spec.nodeName', 'status.phase'],
  Namespace: ['status.phase'],
  PersistentVolumeClaim: ['status.phase'],
};

export function parseFieldSelector(selector: string | null, kind: string): Matcher {
  if (!selector) return () => true;
  const supported = ['metadata.name', 'metadata.namespace', ...(EXTRA_FIELDS[kind] ?? [])];
  const requirements = splitTopLevel(selector).map((text) => {
    const m = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(text);
    if (!m) throw errors.badRequest(`invalid selector: '${selector}'; can't understand '${text}'`);
    if (!supported.includes(m[1])) {
      throw errors.badRequest(`field label not supported: ${m[1]}`);
    }
    return { path: m[1].split('.'), negate: m[2] === '!=', value: m[3] };
  });
  return (object) =>
    requirements.every((r) => {
      const actual = getPath(object, r.path);
      const text =
        typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean'
          ? String(actual)
          : '';
      return (text === r.value) !== r.negate;
    });
}
