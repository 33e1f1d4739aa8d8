import { scopeSummary, selectorText } from './scopeSummary';

test('selectors as kubectl prints them', () => {
  expect(
    selectorText({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'legacy', operator: 'DoesNotExist' },
        { key: 'owner', operator: 'Exists' },
        { key: 'env', operator: 'NotIn', values: ['dev'] },
      ],
    }),
  ).toBe('app=web,tier in (a,b),!legacy,owner,env notin (dev)');
});

test('namespaces, OR selectors, resource filters', () => {
  expect(
    scopeSummary({
      includedNamespaces: ['demo'],
      orLabelSelectors: [
        { matchLabels: { 'kubevirt.io/vm': 'a' } },
        { matchLabels: { 'kubevirt.io/vm': 'b' } },
      ],
    }),
  ).toEqual({
    namespaces: ['demo'],
    excludedNamespaces: [],
    selectors: ['kubevirt.io/vm=a', 'kubevirt.io/vm=b'],
    includedResources: [],
    excludedResources: [],
  });
  expect(
    scopeSummary({
      includedNamespaces: ['*'],
      excludedNamespaces: ['kube-system'],
      excludedResources: ['secrets'],
    }),
  ).toMatchObject({
    namespaces: 'all',
    excludedNamespaces: ['kube-system'],
    excludedResources: ['secrets'],
  });
});
