/**
 * Pruning and defaulting against a structural CRD schema, as the API server does before
 * validation: unknown fields are dropped (unless x-kubernetes-preserve-unknown-fields),
 * and `default` values fill in missing properties.
 */
import { isMap } from '../api/types';
import type { JsonMap } from '../api/types';

const OBJECT_META_FIELDS = new Set([
  'name',
  'generateName',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'finalizers',
  'ownerReferences',
  'managedFields',
  'selfLink',
]);

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function pruneMetadata(value: unknown, path: string, pruned: string[]): unknown {
  if (!isMap(value)) return value;
  const kept: JsonMap = {};
  for (const [key, child] of Object.entries(value)) {
    if (OBJECT_META_FIELDS.has(key)) kept[key] = child;
    else pruned.push(childPath(path, key));
  }
  return kept;
}

/** Returns a pruned copy of `value` and appends the paths of dropped fields to `pruned`. */
function pruneNode(value: unknown, schema: JsonMap, path: string, pruned: string[]): unknown {
  if (Array.isArray(value)) {
    const items = schema.items;
    return isMap(items)
      ? value.map((item, i) => pruneNode(item, items, childPath(path, i), pruned))
      : value;
  }
  if (!isMap(value)) return value;
  const properties = isMap(schema.properties) ? schema.properties : undefined;
  const additional = isMap(schema.additionalProperties) ? schema.additionalProperties : undefined;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  if (!properties && !additional) {
    if (preserve || schema.additionalProperties === true) return value;
    if (schema.type !== 'object' && schema.type !== undefined) return value;
  }
  const result: JsonMap = {};
  for (const [key, child] of Object.entries(value)) {
    const here = childPath(path, key);
    const childSchema = properties?.[key];
    if (embedded && (key === 'apiVersion' || key === 'kind')) result[key] = child;
    else if (embedded && key === 'metadata' && !isMap(childSchema))
      result[key] = pruneMetadata(child, here, pruned);
    else if (isMap(childSchema)) result[key] = pruneNode(child, childSchema, here, pruned);
    else if (additional) result[key] = pruneNode(child, additional, here, pruned);
    else if (preserve || schema.additionalProperties === true) result[key] = child;
    else pruned.push(here);
  }
  return result;
}

export function pruneObject(
  object: JsonMap,
  schema: JsonMap,
): { object: JsonMap; pruned: string[] } {
  const pruned: string[] = [];
  const result: JsonMap = {};
  const properties = isMap(schema.properties) ? schema.properties : {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'apiVersion' || key === 'kind') result[key] = value;
    else if (key === 'metadata') result[key] = pruneMetadata(value, 'metadata', pruned);
    else if (isMap(properties[key])) result[key] = pruneNode(value, properties[key], key, pruned);
    else if (schema['x-kubernetes-preserve-unknown-fields'] === true) result[key] = value;
    else pruned.push(key);
  }
  return { object: result, pruned };
}

/** Fills `default`s in place (the object is a private copy at this point). */
export function applyDefaults(value: unknown, schema: JsonMap): void {
  if (Array.isArray(value)) {
    if (isMap(schema.items)) for (const item of value) applyDefaults(item, schema.items);
    return;
  }
  if (!isMap(value)) return;
  if (isMap(schema.properties)) {
    for (const [key, childSchema] of Object.entries(schema.properties)) {
      if (!isMap(childSchema)) continue;
      if (value[key] === undefined && childSchema.default !== undefined) {
        value[key] = structuredClone(childSchema.default);
      }
      if (value[key] !== undefined && key !== 'metadata') applyDefaults(value[key], childSchema);
    }
  } else if (isMap(schema.additionalProperties)) {
    for (const child of Object.values(value)) applyDefaults(child, schema.additionalProperties);
  }
}
