/**
 * Validation of custom resources against their CRD's openAPIV3Schema with Ajv, reporting
 * problems as the API server does (field path, reason, message wording).
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { StatusCause } from '../api/errors';
import { quote } from '../api/names';
import type { JsonMap } from '../api/types';

const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
addFormats(ajv);

// Compiling the large KubeVirt schemas takes ~0.3 s each; share them for the process.
const compiled = new WeakMap<JsonMap, ValidateFunction>();

function validatorFor(schema: JsonMap): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(nullableWithoutType(schema) as JsonMap);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Ajv's `nullable` needs a `type`; CRDs also put it on `x-kubernetes-int-or-string` nodes
 * (the OADP DPA's resource quantities), where the API server lets null through.
 */
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (typeof node !== 'object' || node === null) return node;
  const copy: JsonMap = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, nullableWithoutType(v)]),
  );
  if (copy.nullable !== true || 'type' in copy) return copy;
  delete copy.nullable;
  const anyOf: unknown[] | undefined = Array.isArray(copy.anyOf) ? copy.anyOf : undefined;
  return anyOf ? { ...copy, anyOf: [...anyOf, { type: 'null' }] } : copy;
}

/** Compiles ahead of time, so the first write of a kind does not pause the simulation. */
export function precompile(schema: JsonMap): void {
  validatorFor(schema);
}

/** "/spec/volumes/0/name" → "spec.volumes[0].name" */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
      '',
    );
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(key)];
    else if (typeof current === 'object' && current !== null) current = (current as JsonMap)[key];
    else return undefined;
  }
  return current;
}

function shown(value: unknown): string {
  return typeof value === 'object' && value !== null ? `"${typeName(value)}"` : quote(value);
}

function toCause(error: ErrorObject, root: unknown): StatusCause | undefined {
  const field = fieldPath(error.instancePath);
  const value = valueAt(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return {
        reason: 'FieldValueTypeInvalid',
        field,
        message: `Invalid value: "${typeName(value)}": ${field} in body must be of type ${String(params.type)}: ${shown(value)}`,
      };
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        reason: 'FieldValueRequired',
        field: field ? `${field}.${missing}` : missing,
        message: 'Required value',
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => quote(v)).join(', ');
      return {
        reason: 'FieldValueNotSupported',
        field,
        message: `Unsupported value: ${shown(value)}: supported values: ${allowed}`,
      };
    }
    case 'maxLength':
      return {
        reason: 'FieldValueTooLong',
        field,
        message: `Too long: may not be more than ${String(params.limit)} bytes`,
      };
    case 'maxItems':
      return {
        reason: 'FieldValueTooMany',
        field,
        message: `Too many: ${Array.isArray(value) ? value.length : 0}: must have at most ${String(params.limit)} items`,
      };
    case 'pattern':
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${shown(value)}: ${field} in body should match '${String(params.pattern)}'`,
      };
    case 'format':
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${shown(value)}: ${field} in body must be of type ${String(params.format)}: ${shown(value)}`,
      };
    default:
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${shown(value)}: ${field} in body ${error.message ?? 'is invalid'}`,
      };
  }
}

/** Problems with an object against a CRD version schema; empty when it is valid. */
export function schemaProblems(object: JsonMap, schema: JsonMap): StatusCause[] {
  const validate = validatorFor(schema);
  if (validate(object)) return [];
  const errors = validate.errors ?? [];
  // The branches of an anyOf (int-or-string) report their own errors; keep only the summary.
  const relevant = errors.filter((e) => !/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath));
  const seen = new Set<string>();
  const causes: StatusCause[] = [];
  for (const error of relevant) {
    const cause = toCause(error, object);
    if (!cause) continue;
    const key = `${cause.field ?? ''}|${cause.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    causes.push(cause);
  }
  return causes;
}
