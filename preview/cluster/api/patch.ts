/**
 * The patch types of PATCH requests. JSON patch (RFC 6902) goes through fast-json-patch;
 * merge patch (RFC 7386) is small enough to write here. Strategic merge patch exists only for
 * built-in kinds on a real server (custom resources answer 415); here it is approximated:
 * merge-patch semantics plus list merging by `name` / `type` keys and `$patch` directives dropped.
 */
import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { ApiError, errors } from './errors';
import { clone, isMap } from './types';
import type { JsonMap } from './types';

export const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
} as const;

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return clone(patch);
  const result: JsonMap = isMap(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      result[key] = undefined;
    } else {
      result[key] = mergePatch(result[key], value);
    }
  }
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
}

const MERGE_KEYS = ['name', 'type', 'containerPort', 'mountPath', 'devicePath'];

function strategicList(target: unknown[], patch: unknown[]): unknown[] {
  const items = patch.filter(isMap);
  const key = MERGE_KEYS.find(
    (k) =>
      items.length === patch.length && items.length > 0 && items.every((i) => i[k] !== undefined),
  );
  if (!key) return clone(patch);
  const result = target.map((t) => clone(t));
  for (const item of items) {
    const index = result.findIndex((t) => isMap(t) && t[key] === item[key]);
    if (item.$patch === 'delete') {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) result[index] = strategicMerge(result[index], item);
    else result.push(strategicMerge({}, item));
  }
  return result;
}

export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return clone(patch);
  const result: JsonMap = isMap(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) result[key] = undefined;
    else if (Array.isArray(value) && Array.isArray(result[key]))
      result[key] = strategicList(result[key], value);
    else result[key] = strategicMerge(result[key], value);
  }
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
}

export function jsonPatch(target: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) throw errors.badRequest('json patch must be an array of operations');
  const validationError = fastJsonPatch.validate(patch as Operation[], clone(target));
  if (validationError) {
    throw new ApiError(
      422,
      'Invalid',
      `the server rejected our request due to an error in our request: ${validationError.message}`,
    );
  }
  try {
    return fastJsonPatch.applyPatch(clone(target), patch as Operation[], false, false).newDocument;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ApiError(
      422,
      'Invalid',
      `the server rejected our request due to an error in our request: ${message}`,
    );
  }
}
