/**
 * What happens to an object between the request body and the store, in the API server's
 * order: decode checks, pruning of unknown fields, defaulting, validation (names, metadata,
 * CRD schema), then admission.
 */
import { errors } from '../api/errors';
import type { StatusCause } from '../api/errors';
import { metadataMapProblems, nameProblems, invalidValue, requiredValue } from '../api/names';
import { apiVersionOf } from '../api/resource-types';
import type { ResourceType } from '../api/resource-types';
import type { KubeObject, StoredObject } from '../api/types';
import { isMap } from '../api/types';
import { admit } from '../admission';
import type { AdmissionRequest } from '../admission/admission';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import { schemaProblems } from '../schema/validator';
import { applyDefaults, pruneObject } from '../schema/structural';

export interface WriteRequest {
  context: ClusterContext;
  type: ResourceType;
  version: string;
  user: UserInfo;
  query: URLSearchParams;
  /** Warning headers for the response (unknown fields in Warn mode). */
  warnings: string[];
}

/** Checks the body is an object of the requested kind and version, in the requested namespace. */
export function decodeObject(
  req: WriteRequest,
  body: unknown,
  path: { namespace?: string; name?: string },
): KubeObject {
  const expected = apiVersionOf(req.type.group, req.version);
  if (!isMap(body))
    throw errors.badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
  if (typeof body.kind !== 'string' || body.kind === '') {
    throw errors.badRequest(`Object 'Kind' is missing in '${JSON.stringify(body).slice(0, 200)}'`);
  }
  if (body.apiVersion !== expected) {
    throw errors.badRequest(
      `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${expected})`,
    );
  }
  if (body.kind !== req.type.kind) {
    throw errors.badRequest(
      `the kind in the data (${body.kind}) does not match the expected kind (${req.type.kind})`,
    );
  }
  const metadata = isMap(body.metadata) ? body.metadata : {};
  const object = {
    ...body,
    apiVersion: body.apiVersion,
    kind: body.kind,
    metadata: { ...metadata },
  } as KubeObject;
  if (req.type.namespaced) {
    const ns = object.metadata.namespace;
    if (ns && path.namespace && ns !== path.namespace) {
      throw errors.badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    object.metadata.namespace = path.namespace ?? ns;
  }
  if (
    path.name !== undefined &&
    object.metadata.name !== undefined &&
    object.metadata.name !== path.name
  ) {
    throw errors.badRequest(
      `the name of the object (${object.metadata.name}) does not match the name on the URL (${path.name})`,
    );
  }
  if (path.name !== undefined) object.metadata.name = path.name;
  return object;
}

function metadataCauses(type: ResourceType, object: KubeObject): StatusCause[] {
  const causes: StatusCause[] = [];
  const { name, generateName } = object.metadata;
  if (!name) causes.push(requiredValue('metadata.name', 'name or generateName is required'));
  else
    for (const problem of nameProblems(name, type.nameRule))
      causes.push(invalidValue('metadata.name', name, problem));
  if (generateName && !name)
    causes.push(requiredValue('metadata.name', 'name or generateName is required'));
  if (type.namespaced && !object.metadata.namespace)
    causes.push(requiredValue('metadata.namespace'));
  for (const field of ['labels', 'annotations'] as const) {
    const map = object.metadata[field] as unknown;
    if (map === undefined || map === null) continue;
    if (!isMap(map))
      causes.push({
        reason: 'FieldValueTypeInvalid',
        field: `metadata.${field}`,
        message: 'Invalid value: must be a map',
      });
    else causes.push(...metadataMapProblems(field, map));
  }
  return causes;
}

/** Prunes, defaults and validates a custom resource; returns the object to store. */
function structural(req: WriteRequest, object: KubeObject): KubeObject {
  const schema =
    req.type.schemas?.get(req.version) ?? req.type.schemas?.get(req.type.storageVersion);
  if (!schema) return object;
  const { object: pruned, pruned: unknown } = pruneObject(object, schema);
  const mode = req.query.get('fieldValidation') ?? 'Warn';
  if (unknown.length > 0 && mode === 'Strict') {
    throw errors.badRequest(
      `strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
    );
  }
  if (mode !== 'Ignore') req.warnings.push(...unknown.map((f) => `unknown field "${f}"`));
  applyDefaults(pruned, schema);
  return pruned as KubeObject;
}

/** Runs the whole pipeline; throws 400/422/403... Returns the object ready to store. */
export function prepareWrite(
  req: WriteRequest,
  object: KubeObject,
  operation: 'CREATE' | 'UPDATE',
  oldObject?: StoredObject,
  subresource?: string,
): KubeObject {
  let result = structural(req, object);
  result.apiVersion = apiVersionOf(req.type.group, req.type.storageVersion);
  const causes = metadataCauses(req.type, result);
  const schema = req.type.schemas?.get(req.type.storageVersion);
  if (schema) causes.push(...schemaProblems(result, schema));
  if (causes.length > 0) {
    throw errors.invalid(
      req.type.kind,
      req.type.group,
      result.metadata.name ?? result.metadata.generateName ?? '',
      causes,
    );
  }
  const admission: AdmissionRequest = {
    operation,
    type: req.type,
    object: result,
    user: req.user,
    context: req.context,
    ...(oldObject ? { oldObject } : {}),
    ...(subresource ? { subresource } : {}),
  };
  admit(admission);
  result = admission.object;
  return result;
}
