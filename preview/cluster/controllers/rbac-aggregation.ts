/** ClusterRole aggregation: roles with an aggregationRule get the rules of every matching ClusterRole. */
import { labelSelectorObjectMatches } from '../api/selectors';
import type { StoredObject } from '../api/types';
import { clone } from '../api/types';
import type { PolicyRule } from '../auth/rbac';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { canonicalJson } from '../storage/objects';
import { writeObject } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';

interface ClusterRole extends StoredObject {
  rules?: PolicyRule[];
  aggregationRule?: { clusterRoleSelectors?: Parameters<typeof labelSelectorObjectMatches>[0][] };
}

export function rbacAggregationController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const all = () => context.objects.list(k.clusterRole) as ClusterRole[];
  return {
    name: 'clusterrole-aggregation',
    primary: k.clusterRole,
    // Any ClusterRole change may feed an aggregated role.
    watches: [
      {
        type: k.clusterRole,
        map: () =>
          all()
            .filter((r) => r.aggregationRule)
            .map((r) => ({ name: r.metadata.name })),
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const role: ClusterRole | undefined = context.objects.get(k.clusterRole, undefined, ref.name);
      const selectors = role?.aggregationRule?.clusterRoleSelectors;
      if (!role || !selectors) return;
      const rules: PolicyRule[] = [];
      const seen = new Set<string>();
      for (const source of all()) {
        if (source.metadata.name === role.metadata.name) continue;
        if (!selectors.some((s) => labelSelectorObjectMatches(s, source.metadata.labels ?? {})))
          continue;
        for (const rule of source.rules ?? []) {
          const key = canonicalJson(rule);
          if (!seen.has(key)) {
            seen.add(key);
            rules.push(rule);
          }
        }
      }
      if (canonicalJson(rules) !== canonicalJson(role.rules ?? []))
        writeObject(context, k.clusterRole, { ...clone(role), rules });
      return undefined;
    },
  };
}
