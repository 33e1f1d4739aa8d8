import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';

/** The console proxies the Kubernetes API under this path. */
export const k8sBasePath = '/api/kubernetes';

type MatchExpression = NonNullable<Selector['matchExpressions']>[number];

const requirementToString = ({ key, operator, values = [] }: MatchExpression): string => {
  switch (operator) {
    case 'Equals':
      return `${key}=${values[0] ?? ''}`;
    case 'NotEquals':
      return `${key}!=${values[0] ?? ''}`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    case 'In':
      return `${key} in (${values.join(',')})`;
    case 'NotIn':
      return `${key} notin (${values.join(',')})`;
    case 'GreaterThan':
      return `${key} > ${values[0] ?? ''}`;
    case 'LessThan':
      return `${key} < ${values[0] ?? ''}`;
    default:
      return '';
  }
};

/** Label selector (matchLabels/matchExpressions, or a plain label map) as a query string value. */
export const selectorToString = (selector: Selector | Record<string, string> = {}): string => {
  const isOldFormat = !('matchLabels' in selector) && !('matchExpressions' in selector);
  const labels = (isOldFormat ? selector : (selector as Selector).matchLabels) as
    Record<string, string> | undefined;
  const expressions = isOldFormat ? [] : ((selector as Selector).matchExpressions ?? []);
  const equals = Object.keys(labels ?? {})
    .sort()
    .map((key) => `${key}=${labels?.[key] ?? ''}`);
  return [...equals, ...expressions.map(requirementToString)].filter(Boolean).join(',');
};

export type ResourcePathOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: Record<string, string | undefined>;
};

const apiPath = (model: K8sModel) =>
  !model.apiGroup || model.apiGroup === 'core'
    ? `/api/${model.apiVersion}`
    : `/apis/${model.apiGroup}/${model.apiVersion}`;

/** URL of a collection or object of `model`, as the console builds it. */
export const resourceURL = (model: K8sModel, options: ResourcePathOptions = {}): string => {
  let url = `${k8sBasePath}${apiPath(model)}`;
  if (model.namespaced && options.ns) {
    url += `/namespaces/${encodeURIComponent(options.ns)}`;
  }
  url += `/${model.plural}`;
  if (options.name) {
    url += `/${encodeURIComponent(options.name)}`;
  }
  if (options.path) {
    url += `/${options.path}`;
  }
  const query = Object.entries(options.queryParams ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  if (query.length) {
    url += `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
  }
  return url;
};
