import type { BackupSpec, LabelSelector } from '../k8s/types';

/** A label selector as kubectl prints it: `app=web,tier in (a,b),!legacy`. */
export const selectorText = (selector: LabelSelector): string =>
  [
    ...Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
    ...(selector.matchExpressions ?? []).map(({ key, operator, values = [] }) =>
      operator === 'Exists'
        ? key
        : operator === 'DoesNotExist'
          ? `!${key}`
          : `${key} ${operator === 'In' ? 'in' : 'notin'} (${values.join(',')})`,
    ),
  ].join(',');

export type ScopeSummary = {
  /** 'all' when no namespace is named or "*" is. */
  namespaces: 'all' | string[];
  excludedNamespaces: string[];
  /** One entry per selector; several mean "any of". */
  selectors: string[];
  includedResources: string[];
  excludedResources: string[];
};

/** What a Backup selects, in parts the page puts into words. */
export const scopeSummary = (spec: BackupSpec): ScopeSummary => {
  const included = spec.includedNamespaces ?? [];
  return {
    namespaces: included.length === 0 || included.includes('*') ? 'all' : included,
    excludedNamespaces: spec.excludedNamespaces ?? [],
    selectors: spec.orLabelSelectors?.length
      ? spec.orLabelSelectors.map(selectorText)
      : spec.labelSelector
        ? [selectorText(spec.labelSelector)]
        : [],
    includedResources: spec.includedResources ?? spec.includedNamespaceScopedResources ?? [],
    excludedResources: spec.excludedResources ?? spec.excludedNamespaceScopedResources ?? [],
  };
};
