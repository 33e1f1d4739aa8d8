import type { LabelSelector } from '../k8s/types';

/** Kubernetes label-selector semantics: every matchLabels pair and every expression must hold. */
export const matchesSelector = (
  labels: Record<string, string> | undefined,
  selector: LabelSelector,
): boolean => {
  const have = labels ?? {};
  const pairs = Object.entries(selector.matchLabels ?? {});
  if (!pairs.every(([key, value]) => have[key] === value)) return false;
  return (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const present = Object.hasOwn(have, key);
    switch (operator) {
      case 'In':
        return present && values.includes(have[key]);
      case 'NotIn':
        return !present || !values.includes(have[key]);
      case 'Exists':
        return present;
      case 'DoesNotExist':
        return !present;
      default:
        return false;
    }
  });
};
