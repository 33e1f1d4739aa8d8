/**
 * A minimal OpenAPI v3 publication. kubectl 1.33 reads it to learn that the server validates
 * fields itself (the `fieldValidation` parameter on PATCH) and which patch types a resource
 * takes (no strategic merge for custom resources); `kubectl explain` reads the CRD schemas.
 * Built-in kinds carry their schemas too: kubectl apply computes strategic merge patches from
 * them, and without them it warns "error calculating patch from openapi v3 spec".
 */
import { createHash } from 'node:crypto';
import type { Registry } from '../api/registry';
import { apiVersionOf } from '../api/resource-types';
import type { ResourceType } from '../api/resource-types';
import { PATCH_TYPES } from '../api/patch';
import { builtinSchema } from '../api/builtin-schemas';

const QUERY_PARAMETERS = ['dryRun', 'fieldManager', 'fieldValidation', 'force'].map((name) => ({
  name,
  in: 'query',
  schema: { type: name === 'force' ? 'boolean' : 'string', uniqueItems: true },
}));

function groupVersionPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function schemaName(type: ResourceType, version: string): string {
  const reversed = (type.group || 'core').split('.').reverse().join('.');
  return `${reversed}.${version}.${type.kind}`;
}

function pathsFor(type: ResourceType, version: string): Record<string, unknown> {
  const gvk = { group: type.group, version, kind: type.kind };
  const base = `/${groupVersionPath(type.group, version)}${type.namespaced ? '/namespaces/{namespace}' : ''}/${type.plural}`;
  const ref = { $ref: `#/components/schemas/${schemaName(type, version)}` };
  const content = { 'application/json': { schema: ref } };
  const patchTypes = type.custom
    ? [PATCH_TYPES.json, PATCH_TYPES.merge, PATCH_TYPES.apply]
    : Object.values(PATCH_TYPES);
  const operation = (id: string, extra: Record<string, unknown> = {}) => ({
    operationId: `${id}${type.kind}`,
    'x-kubernetes-group-version-kind': gvk,
    parameters: QUERY_PARAMETERS,
    responses: { '200': { description: 'OK', content } },
    ...extra,
  });
  if (type.virtual) return { [base]: { post: operation('create', { requestBody: { content } }) } };
  return {
    [base]: { get: operation('list'), post: operation('create', { requestBody: { content } }) },
    [`${base}/{name}`]: {
      get: operation('read'),
      put: operation('replace', { requestBody: { content } }),
      patch: operation('patch', {
        requestBody: {
          content: Object.fromEntries(patchTypes.map((t) => [t, { schema: { type: 'object' } }])),
        },
      }),
      delete: operation('delete'),
    },
  };
}

export class OpenApi {
  private readonly documents = new Map<string, string>();

  constructor(private readonly registry: Registry) {}

  private groupVersions(): { group: string; version: string }[] {
    const seen = new Map<string, { group: string; version: string }>();
    for (const type of this.registry.types) {
      for (const version of type.versions)
        seen.set(groupVersionPath(type.group, version), { group: type.group, version });
    }
    return [...seen.values()];
  }

  /** The document for "api/v1" or "apis/<group>/<version>", serialised once. */
  document(path: string): string | undefined {
    const cached = this.documents.get(path);
    if (cached !== undefined) return cached;
    const gv = this.groupVersions().find((g) => groupVersionPath(g.group, g.version) === path);
    if (!gv) return undefined;
    const types = this.registry.typesIn(gv.group, gv.version);
    const schemas: Record<string, unknown> = {};
    for (const type of types) {
      const schema = type.schemas?.get(gv.version) ??
        builtinSchema(type) ?? {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
        };
      schemas[schemaName(type, gv.version)] = {
        ...schema,
        'x-kubernetes-group-version-kind': [
          { group: type.group, version: gv.version, kind: type.kind },
        ],
      };
    }
    const text = JSON.stringify({
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: 'v1.33.0' },
      paths: Object.assign({}, ...types.map((t) => pathsFor(t, gv.version))) as Record<
        string,
        unknown
      >,
      components: { schemas },
    });
    this.documents.set(path, text);
    return text;
  }

  root(): unknown {
    const paths: Record<string, { serverRelativeURL: string }> = {};
    for (const { group, version } of this.groupVersions()) {
      const path = groupVersionPath(group, version);
      const hash = createHash('sha512')
        .update(apiVersionOf(group, version))
        .update(String(this.registry.types.length))
        .digest('hex')
        .slice(0, 32)
        .toUpperCase();
      paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${hash}` };
    }
    return { paths };
  }
}
