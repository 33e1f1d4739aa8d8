/**
 * RBAC authorization from the Role, ClusterRole, RoleBinding and ClusterRoleBinding objects in
 * the store: the same rules decide API requests and SelfSubjectAccessReviews.
 */
import type { StoredObject } from '../api/types';
import type { Store } from '../storage/store';
import type { UserInfo } from './users';

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface Attributes {
  verb: string;
  /** Resource requests. */
  apiGroup?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests (/version, /apis, ...). */
  path?: string;
}

export interface Decision {
  allowed: boolean;
  reason: string;
}

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

interface Binding extends StoredObject {
  subjects?: Subject[];
  roleRef: { kind: string; name: string };
}

interface Role extends StoredObject {
  rules?: PolicyRule[];
}

const has = (list: string[] | undefined, value: string): boolean =>
  !!list && (list.includes('*') || list.includes(value));

function resourceMatches(rule: PolicyRule, resource: string, subresource?: string): boolean {
  const resources = rule.resources ?? [];
  if (resources.includes('*')) return true;
  if (!subresource) return resources.includes(resource);
  return resources.some(
    (r) => r === `${resource}/${subresource}` || r === `*/${subresource}` || r === `${resource}/*`,
  );
}

export function ruleAllows(rule: PolicyRule, a: Attributes): boolean {
  if (!has(rule.verbs, a.verb)) return false;
  if (a.path !== undefined) {
    return (rule.nonResourceURLs ?? []).some(
      (url) =>
        url === '*' ||
        url === a.path ||
        (url.endsWith('*') && (a.path ?? '').startsWith(url.slice(0, -1))),
    );
  }
  if (!has(rule.apiGroups, a.apiGroup ?? '')) return false;
  if (!resourceMatches(rule, a.resource ?? '', a.subresource)) return false;
  const names = rule.resourceNames ?? [];
  return names.length === 0 || (a.name !== undefined && names.includes(a.name));
}

function subjectMatches(subject: Subject, user: UserInfo): boolean {
  if (subject.kind === 'User') return subject.name === user.name;
  if (subject.kind === 'Group') return user.groups.includes(subject.name);
  if (subject.kind === 'ServiceAccount')
    return user.name === `system:serviceaccount:${subject.namespace ?? ''}:${subject.name}`;
  return false;
}

function describeSubject(user: UserInfo): string {
  return `User "${user.name}"`;
}

export class Authorizer {
  constructor(private readonly store: Store) {}

  /** Every rule that applies to the user in a namespace ('' = cluster-wide rules only). */
  rulesFor(user: UserInfo, namespace: string): { rule: PolicyRule; source: string }[] {
    const result: { rule: PolicyRule; source: string }[] = [];
    const clusterRole = (name: string): Role | undefined =>
      this.store.get('rbac.authorization.k8s.io/clusterroles', undefined, name);
    for (const binding of this.store.list(
      'rbac.authorization.k8s.io/clusterrolebindings',
    ) as Binding[]) {
      if (!(binding.subjects ?? []).some((s) => subjectMatches(s, user))) continue;
      const source = `ClusterRoleBinding "${binding.metadata.name}" of ClusterRole "${binding.roleRef.name}"`;
      for (const rule of clusterRole(binding.roleRef.name)?.rules ?? [])
        result.push({ rule, source });
    }
    if (!namespace) return result;
    for (const binding of this.store.list(
      'rbac.authorization.k8s.io/rolebindings',
      namespace,
    ) as Binding[]) {
      if (!(binding.subjects ?? []).some((s) => subjectMatches(s, user))) continue;
      const role: Role | undefined =
        binding.roleRef.kind === 'ClusterRole'
          ? clusterRole(binding.roleRef.name)
          : this.store.get('rbac.authorization.k8s.io/roles', namespace, binding.roleRef.name);
      const source = `RoleBinding "${binding.metadata.name}/${namespace}" of ${binding.roleRef.kind} "${binding.roleRef.name}"`;
      for (const rule of role?.rules ?? []) result.push({ rule, source });
    }
    return result;
  }

  authorize(user: UserInfo, a: Attributes): Decision {
    const rules = this.rulesFor(user, a.path !== undefined ? '' : (a.namespace ?? ''));
    const match = rules.find(({ rule }) => ruleAllows(rule, a));
    if (match)
      return {
        allowed: true,
        reason: `RBAC: allowed by ${match.source} to ${describeSubject(user)}`,
      };
    return { allowed: false, reason: '' };
  }

  /** The Forbidden message the API server writes for a denied request. */
  static denial(user: UserInfo, a: Attributes): string {
    if (a.path !== undefined) return `User "${user.name}" cannot ${a.verb} path "${a.path}"`;
    const resource = a.subresource ? `${a.resource ?? ''}/${a.subresource}` : (a.resource ?? '');
    const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
    return `User "${user.name}" cannot ${a.verb} resource "${resource}" in API group "${a.apiGroup ?? ''}" ${scope}`;
  }
}
