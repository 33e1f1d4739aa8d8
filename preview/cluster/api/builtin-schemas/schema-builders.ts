/**
 * Small builders for the OpenAPI v3 schemas of the built-in kinds. kubectl apply computes a
 * strategic merge patch from them: it walks `properties` along every changed path and reads a
 * list's `x-kubernetes-patch-strategy` / `x-kubernetes-patch-merge-key` (apimachinery
 * strategicpatch, PatchMetaFromOpenAPIV3), so nested structs need their properties and merged
 * lists their keys; everything else is for `kubectl explain`.
 */
import type { JsonMap } from '../types';

export const str: JsonMap = { type: 'string' };
export const int: JsonMap = { type: 'integer', format: 'int32' };
export const int64: JsonMap = { type: 'integer', format: 'int64' };
export const bool: JsonMap = { type: 'boolean' };
export const time: JsonMap = { type: 'string', format: 'date-time' };
export const quantity: JsonMap = { 'x-kubernetes-int-or-string': true };
export const intOrString: JsonMap = { 'x-kubernetes-int-or-string': true };
/** A struct we do not describe field by field (a change inside it replaces it whole). */
export const opaque: JsonMap = {
  type: 'object',
  'x-kubernetes-map-type': 'atomic',
  'x-kubernetes-preserve-unknown-fields': true,
};

export const obj = (properties: Record<string, JsonMap>, required?: string[]): JsonMap => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
});

export const mapOf = (values: JsonMap): JsonMap => ({
  type: 'object',
  additionalProperties: values,
});

export const atomicList = (items: JsonMap): JsonMap => ({
  type: 'array',
  items,
  'x-kubernetes-list-type': 'atomic',
});

/** A list merged by `key` (containers by name, conditions by type, ...). */
export const mergedList = (items: JsonMap, key: string, mapKeys: string[] = [key]): JsonMap => ({
  type: 'array',
  items,
  'x-kubernetes-list-type': 'map',
  'x-kubernetes-list-map-keys': mapKeys,
  'x-kubernetes-patch-strategy': 'merge',
  'x-kubernetes-patch-merge-key': key,
});

/** A list of scalars merged as a set (finalizers). */
export const setList = (items: JsonMap): JsonMap => ({
  type: 'array',
  items,
  'x-kubernetes-list-type': 'set',
  'x-kubernetes-patch-strategy': 'merge',
});

const ownerReference = obj(
  {
    apiVersion: str,
    kind: str,
    name: str,
    uid: str,
    controller: bool,
    blockOwnerDeletion: bool,
  },
  ['apiVersion', 'kind', 'name', 'uid'],
);

const managedFieldsEntry = obj({
  manager: str,
  operation: str,
  apiVersion: str,
  time,
  fieldsType: str,
  fieldsV1: opaque,
  subresource: str,
});

/** io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta */
export const objectMeta = obj({
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int64,
  creationTimestamp: time,
  deletionTimestamp: time,
  deletionGracePeriodSeconds: int64,
  labels: mapOf(str),
  annotations: mapOf(str),
  ownerReferences: mergedList(ownerReference, 'uid'),
  finalizers: setList(str),
  managedFields: atomicList(managedFieldsEntry),
});

export const condition = obj({
  type: str,
  status: str,
  reason: str,
  message: str,
  lastTransitionTime: time,
  lastProbeTime: time,
  lastHeartbeatTime: time,
  lastUpdateTime: time,
  observedGeneration: int64,
});

export const conditions = mergedList(condition, 'type');

export const labelSelector = obj({
  matchLabels: mapOf(str),
  matchExpressions: atomicList(obj({ key: str, operator: str, values: atomicList(str) })),
});

export const objectReference = obj({
  apiVersion: str,
  kind: str,
  name: str,
  namespace: str,
  uid: str,
  resourceVersion: str,
  fieldPath: str,
});

/** A top-level kind: apiVersion, kind, metadata and its own fields. */
export const kind = (properties: Record<string, JsonMap>, required?: string[]): JsonMap =>
  obj({ apiVersion: str, kind: str, metadata: objectMeta, ...properties }, required);
