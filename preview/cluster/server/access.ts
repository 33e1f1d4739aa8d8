/**
 * Who is calling and from where: Host/Origin checks (no CORS headers are ever sent; a page on
 * another origin must not drive a cluster where no token means admin), Bearer tokens,
 * Impersonate-User / Impersonate-Group, and authorization of each request.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, errors } from '../api/errors';
import { Authorizer } from '../auth/rbac';
import type { Attributes } from '../auth/rbac';
import type { UserInfo } from '../auth/users';
import { impersonated, tokenFrom } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import type { RequestInfo } from './request-info';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function hostname(hostHeader: string): string {
  return hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : hostHeader.split(':')[0];
}

/** Refuses requests addressed to other host names (DNS rebinding) or from foreign origins. */
export function checkLocalCaller(headers: IncomingHttpHeaders): void {
  const host = headers.host;
  if (host && !LOCAL_HOSTS.has(hostname(host).toLowerCase())) {
    throw new ApiError(
      403,
      'Forbidden',
      `host "${host}" is not allowed: the local cluster only answers to 127.0.0.1 and localhost`,
    );
  }
  const origin = headers.origin;
  if (origin && origin !== 'null') {
    let originHost = '';
    try {
      originHost = new URL(origin).hostname;
    } catch {
      originHost = origin;
    }
    if (!LOCAL_HOSTS.has(originHost.toLowerCase())) {
      throw new ApiError(403, 'Forbidden', `origin "${origin}" is not allowed`);
    }
  }
}

function headerList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function authenticate(
  context: ClusterContext,
  headers: IncomingHttpHeaders,
  protocols: string[] = [],
): UserInfo {
  const token = tokenFrom(headers.authorization, protocols);
  let user = context.users.anonymous;
  if (token !== undefined) {
    const found = context.users.byToken.get(token);
    if (!found) throw errors.unauthorized();
    user = found;
  }
  const as = headerList(headers['impersonate-user'])[0];
  if (!as) return user;
  const groups = headerList(headers['impersonate-group']);
  const checks: Attributes[] = [
    { verb: 'impersonate', apiGroup: '', resource: 'users', name: as },
    ...groups.map((g) => ({ verb: 'impersonate', apiGroup: '', resource: 'groups', name: g })),
  ];
  for (const check of checks) {
    if (!context.authorizer.authorize(user, check).allowed) {
      throw errors.forbidden(
        check.resource ?? '',
        '',
        check.name,
        `User "${user.name}" cannot impersonate resource "${check.resource ?? ''}" in API group "" at the cluster scope`,
      );
    }
  }
  return impersonated(as, groups);
}

export function attributesOf(info: RequestInfo): Attributes {
  if (!info.isResource) return { verb: info.verb, path: info.path };
  return {
    verb: info.verb,
    apiGroup: info.group,
    resource: info.resource ?? '',
    ...(info.subresource ? { subresource: info.subresource } : {}),
    ...(info.namespace ? { namespace: info.namespace } : {}),
    ...(info.name ? { name: info.name } : {}),
  };
}

export function authorize(context: ClusterContext, user: UserInfo, info: RequestInfo): void {
  const attributes = attributesOf(info);
  if (context.authorizer.authorize(user, attributes).allowed) return;
  const message = Authorizer.denial(user, attributes);
  if (!info.isResource) throw new ApiError(403, 'Forbidden', `forbidden: ${message}`);
  throw errors.forbidden(info.resource ?? '', info.group, info.name, message);
}
