/** The pure building blocks: selectors, patches, JSONPath, names, pruning, durations, the watch window. */
import { evaluateJsonPath } from '../api/jsonpath';
import { nameProblems } from '../api/names';
import { jsonPatch, mergePatch, strategicMerge } from '../api/patch';
import { formatQuantity, parseQuantity } from '../api/quantity';
import { parseFieldSelector, parseLabelSelector } from '../api/selectors';
import { humanDuration } from '../api/table';
import type { KubeObject, StoredObject } from '../api/types';
import { applyDefaults, pruneObject } from '../schema/structural';
import { formatGoDuration, parseGoDuration } from '../storage/clock';
import { EventLog } from '../storage/event-log';

const object = (
  labels: Record<string, string>,
  extra: Record<string, unknown> = {},
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'n', namespace: 'demo', labels },
  ...extra,
});

test('label selectors: equality, sets, existence', () => {
  const o = object({ app: 'web', tier: 'front' });
  expect(parseLabelSelector('app=web,tier!=back')(o)).toBe(true);
  expect(parseLabelSelector('app in (db, web)')(o)).toBe(true);
  expect(parseLabelSelector('app notin (web)')(o)).toBe(false);
  expect(parseLabelSelector('!missing,tier')(o)).toBe(true);
  expect(() => parseLabelSelector('app in (web')).toThrow('unable to parse requirement');
});

test('field selectors: known fields only', () => {
  const o = object({}, { involvedObject: { uid: 'u1' } });
  expect(parseFieldSelector('metadata.name=n,involvedObject.uid=u1', 'Event')(o)).toBe(true);
  expect(parseFieldSelector('metadata.namespace!=demo', 'Event')(o)).toBe(false);
  expect(() => parseFieldSelector('spec.x=1', 'VirtualMachine')).toThrow(
    'field label not supported: spec.x',
  );
});

test('merge, strategic (approximated) and JSON patches', () => {
  expect(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 } })).toEqual({
    a: 1,
    b: { d: 3, e: 4 },
  });
  expect(
    strategicMerge(
      { containers: [{ name: 'a', image: '1' }, { name: 'b' }] },
      { containers: [{ name: 'a', image: '2' }], $retainKeys: [] },
    ),
  ).toEqual({ containers: [{ name: 'a', image: '2' }, { name: 'b' }] });
  expect(jsonPatch({ a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }])).toEqual({ a: [1, 2] });
  expect(() => jsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow();
});

test('JSONPath of printer columns', () => {
  const vm = {
    status: {
      conditions: [
        { type: 'Paused', status: 'False' },
        { type: 'Ready', status: 'True' },
      ],
      printableStatus: 'Running',
    },
  };
  expect(evaluateJsonPath(vm, ".status.conditions[?(@.type=='Ready')].status")).toEqual(['True']);
  expect(evaluateJsonPath(vm, '.status.printableStatus')).toEqual(['Running']);
  expect(evaluateJsonPath(vm, '.status.missing')).toEqual([]);
});

test('names: DNS-1123 subdomain and label, path segments', () => {
  expect(nameProblems('fedora-web', 'subdomain')).toEqual([]);
  expect(nameProblems('Fedora', 'subdomain')[0]).toMatch(/^a lowercase RFC 1123 subdomain/);
  expect(nameProblems('..', 'path-segment')).toEqual(["may not be '..'"]);
  expect(nameProblems('a'.repeat(64), 'label')).toContain('must be no more than 63 characters');
  expect(nameProblems('system:discovery', 'path-segment')).toEqual([]);
});

test('pruning keeps preserve-unknown-fields subtrees and applies defaults', () => {
  const schema = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          policy: { type: 'string', default: 'WaitGracePeriod' },
          free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          map: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  };
  const { object: pruned, pruned: paths } = pruneObject(
    {
      apiVersion: 'v',
      kind: 'K',
      metadata: { name: 'x', bogus: 1 },
      spec: { free: { anything: 1 }, map: { k: 'v' }, extra: true },
      top: 1,
    },
    schema,
  );
  expect(paths).toEqual(['metadata.bogus', 'spec.extra', 'top']);
  applyDefaults(pruned, schema);
  expect(pruned).toEqual({
    apiVersion: 'v',
    kind: 'K',
    metadata: { name: 'x' },
    spec: { free: { anything: 1 }, map: { k: 'v' }, policy: 'WaitGracePeriod' },
  });
});

test('durations and quantities', () => {
  expect(parseGoDuration('1h2m3s')).toBe(3_723_000);
  expect(parseGoDuration('1.5h')).toBe(5_400_000);
  expect(parseGoDuration('300ms')).toBe(300);
  expect(parseGoDuration('0')).toBe(0);
  expect(parseGoDuration('soon')).toBeUndefined();
  expect(formatGoDuration(300_000)).toBe('5m0s');
  expect(humanDuration(90_000)).toBe('90s');
  expect(humanDuration(3 * 86_400_000)).toBe('3d');
  expect(parseQuantity('10Gi')).toBe(10 * 2 ** 30);
  expect(formatQuantity(parseQuantity('1536Mi'))).toBe('1536Mi');
});

test('the watch window replays recent events and reports older ones as gone', () => {
  const log = new EventLog(3, 10);
  const event = (rv: number) => ({
    type: 'ADDED' as const,
    typeKey: '/configmaps',
    object: { metadata: { resourceVersion: String(rv) } } as StoredObject,
    rv,
  });
  for (const rv of [11, 12, 13, 14, 15]) log.push(event(rv));
  expect(log.since(13)?.map((e) => e.rv)).toEqual([14, 15]);
  expect(log.since(12)?.map((e) => e.rv)).toEqual([13, 14, 15]);
  expect(log.since(11)).toBeUndefined();
});
