/**
 * SelfSubjectAccessReview, SelfSubjectRulesReview and SubjectAccessReview: answered from the
 * same RBAC rules that authorize requests, never stored.
 */
import { errors } from '../api/errors';
import { asString, isMap } from '../api/types';
import type { JsonMap } from '../api/types';
import type { Attributes } from '../auth/rbac';
import type { UserInfo } from '../auth/users';
import { impersonated } from '../auth/users';
import { decodeBody } from './body';
import { PROTOBUF } from './protobuf';
import type { HandlerResult, ResourceRequest } from './resource-request';

function attributesFrom(spec: JsonMap): Attributes {
  if (isMap(spec.resourceAttributes)) {
    const r = spec.resourceAttributes;
    const attributes: Attributes = {
      verb: asString(r.verb) ?? '',
      apiGroup: asString(r.group) ?? '',
      resource: asString(r.resource) ?? '',
    };
    const optional = {
      subresource: asString(r.subresource),
      namespace: asString(r.namespace),
      name: asString(r.name),
    };
    for (const [key, value] of Object.entries(optional))
      if (value) attributes[key as 'name'] = value;
    return attributes;
  }
  if (isMap(spec.nonResourceAttributes)) {
    return {
      verb: asString(spec.nonResourceAttributes.verb) ?? '',
      path: asString(spec.nonResourceAttributes.path) ?? '',
    };
  }
  throw errors.invalid('SelfSubjectAccessReview', 'authorization.k8s.io', '', [
    {
      reason: 'FieldValueRequired',
      field: 'spec.resourceAttributes',
      message:
        'Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified',
    },
  ]);
}

function review(req: ResourceRequest, body: JsonMap, subject: UserInfo): HandlerResult {
  const spec = isMap(body.spec) ? body.spec : {};
  const decision = req.context.authorizer.authorize(subject, attributesFrom(spec));
  const status = decision.allowed ? { allowed: true, reason: decision.reason } : { allowed: false };
  return { code: 201, body: { ...body, metadata: { creationTimestamp: null }, status } };
}

function rulesReview(req: ResourceRequest, body: JsonMap): HandlerResult {
  const spec = isMap(body.spec) ? body.spec : {};
  const rules = req.context.authorizer.rulesFor(req.user, asString(spec.namespace) ?? '');
  const resourceRules = rules
    .filter(({ rule }) => rule.nonResourceURLs === undefined)
    .map(({ rule }) => ({
      verbs: rule.verbs ?? [],
      apiGroups: rule.apiGroups ?? [],
      resources: rule.resources ?? [],
      ...(rule.resourceNames ? { resourceNames: rule.resourceNames } : {}),
    }));
  const nonResourceRules = rules
    .filter(({ rule }) => rule.nonResourceURLs !== undefined)
    .map(({ rule }) => ({ verbs: rule.verbs ?? [], nonResourceURLs: rule.nonResourceURLs ?? [] }));
  return {
    code: 201,
    body: {
      ...body,
      metadata: { creationTimestamp: null },
      status: { resourceRules, nonResourceRules, incomplete: false },
    },
  };
}

export async function handleReview(req: ResourceRequest): Promise<HandlerResult> {
  if (req.info.verb !== 'create') throw errors.methodNotAllowed(req.info.verb);
  const raw = await req.readBody();
  const contentType = req.headers['content-type'] ?? '';
  const body = decodeBody(raw, contentType, ['application/json', 'application/yaml', PROTOBUF]);
  if (!isMap(body)) throw errors.badRequest('expected an object');
  switch (req.type.kind) {
    case 'SelfSubjectAccessReview':
      return review(req, body, req.user);
    case 'SelfSubjectRulesReview':
      return rulesReview(req, body);
    default: {
      const spec = isMap(body.spec) ? body.spec : {};
      const groups = Array.isArray(spec.groups)
        ? spec.groups.filter((g): g is string => typeof g === 'string')
        : [];
      return review(req, body, impersonated(asString(spec.user) ?? '', groups));
    }
  }
}
