import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupSpec } from '../k8s/types';
import { matchesSelector } from './labelSelector';
import { vmLabelKey, vmsFromLabels } from './productLabels';
import { backupCoversVM } from './vmInBackup';

const vm = (
  name: string,
  namespace = 'demo',
  labels: Record<string, string> = {},
): K8sResourceCommon => ({
  metadata: { name, namespace, labels },
});
const backup = (spec: BackupSpec, labels?: Record<string, string>) => ({
  metadata: { name: 'b', namespace: 'openshift-adp', ...(labels ? { labels } : {}) },
  spec,
});

test('product labels decide when present, whatever the scope says', () => {
  const labelled = backup({ includedNamespaces: ['demo'] }, { [vmLabelKey('fedora-web')]: 'demo' });
  expect(backupCoversVM(labelled, vm('fedora-web'))).toBe('labels');
  expect(backupCoversVM(labelled, vm('rhel9-db'))).toBe(false);
  expect(backupCoversVM(labelled, vm('fedora-web', 'other'))).toBe(false);
  expect(vmsFromLabels({ [vmLabelKey('b')]: 'x', [vmLabelKey('a')]: 'x', app: 'web' })).toEqual([
    { namespace: 'x', name: 'a' },
    { namespace: 'x', name: 'b' },
  ]);
});

test.each<[string, BackupSpec, boolean]>([
  ['no namespaces = all', {}, true],
  ['its namespace', { includedNamespaces: ['demo'] }, true],
  ['"*"', { includedNamespaces: ['*'] }, true],
  ['another namespace', { includedNamespaces: ['prod'] }, false],
  ['its namespace excluded', { excludedNamespaces: ['demo'] }, false],
  ['resources without VMs', { includedNamespaces: ['demo'], includedResources: ['pods'] }, false],
  ['resources with VMs', { includedResources: ['virtualmachines.kubevirt.io'] }, true],
  ['VMs excluded', { excludedResources: ['virtualmachines'] }, false],
  ['new-style filter without VMs', { includedNamespaceScopedResources: ['configmaps'] }, false],
  ['matching label', { labelSelector: { matchLabels: { app: 'web' } } }, true],
  ['other label', { labelSelector: { matchLabels: { app: 'db' } } }, false],
  [
    'one of the OR selectors',
    { orLabelSelectors: [{ matchLabels: { app: 'db' } }, { matchLabels: { tier: 'front' } }] },
    true,
  ],
  ['none of the OR selectors', { orLabelSelectors: [{ matchLabels: { app: 'db' } }] }, false],
])('scope: %s → %s', (_label, spec, covered) => {
  expect(
    backupCoversVM(backup(spec), vm('fedora-web', 'demo', { app: 'web', tier: 'front' })),
  ).toBe(covered ? 'scope' : false);
});

test.each<[string, Parameters<typeof matchesSelector>[1], boolean]>([
  ['In', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'db'] }] }, true],
  ['In, absent key', { matchExpressions: [{ key: 'x', operator: 'In', values: ['web'] }] }, false],
  ['NotIn', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, false],
  [
    'NotIn, absent key',
    { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['a'] }] },
    true,
  ],
  ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
  ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
  ['empty selector', {}, true],
])('selector %s → %s', (_label, selector, expected) => {
  expect(matchesSelector({ app: 'web' }, selector)).toBe(expected);
});

test('a VM labelled velero.io/exclude-from-backup=true is in no backup by scope (as Velero skips it)', () => {
  const wholeNamespace = backup({ includedNamespaces: ['demo'] });
  const excluded = vm('cirros-ephemeral', 'demo', { 'velero.io/exclude-from-backup': 'true' });
  expect(backupCoversVM(wholeNamespace, excluded)).toBe(false);
  expect(
    backupCoversVM(wholeNamespace, vm('x', 'demo', { 'velero.io/exclude-from-backup': 'false' })),
  ).toBe('scope');
  expect(backupCoversVM(wholeNamespace, vm('fedora-web'))).toBe('scope');
});
