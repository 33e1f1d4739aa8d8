/** Small building blocks the simulated controllers share. */
import { randomBytes } from 'node:crypto';
import type { Condition } from '../api/kubevirt-types';
import type { ResourceType } from '../api/resource-types';
import type { KubeObject, OwnerReference, StoredObject } from '../api/types';
import { clone, rfc3339 } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { canonicalJson } from '../storage/objects';

export function now(context: ClusterContext): string {
  return rfc3339(context.clock.now());
}

/** Upserts a condition; lastTransitionTime only moves when the status changes. */
export function withCondition(
  conditions: Condition[] | undefined,
  next: Condition,
  time: string,
): Condition[] {
  const list = [...(conditions ?? [])];
  const index = list.findIndex((c) => c.type === next.type);
  const previous = index >= 0 ? list[index] : undefined;
  const merged: Condition = {
    ...next,
    lastProbeTime: null,
    lastTransitionTime:
      previous && previous.status === next.status ? (previous.lastTransitionTime ?? time) : time,
  };
  if (index >= 0) list[index] = merged;
  else list.push(merged);
  return list;
}

export function conditionStatus(
  conditions: Condition[] | undefined,
  type: string,
): string | undefined {
  return conditions?.find((c) => c.type === type)?.status;
}

/** Writes a new status when it differs (through /status when the type has the subresource). */
export function writeStatus<T extends StoredObject>(
  context: ClusterContext,
  type: ResourceType,
  object: T,
  status: T['status'],
): T {
  if (canonicalJson(status) === canonicalJson(object.status)) return object;
  const next = { ...clone(object), status: clone(status) } as T;
  return context.objects.update(
    type,
    next,
    type.statusSubresource ? { subresource: 'status' } : {},
  ) as T;
}

/** Writes changes made to a copy of an object (spec or metadata); a no-op when nothing changed. */
export function writeObject<T extends StoredObject>(
  context: ClusterContext,
  type: ResourceType,
  next: T,
): T {
  const { next: prepared, current } = context.objects.prepareUpdate(type, next);
  // Keep the status the caller set too: controllers own both halves.
  if (next.status !== undefined) prepared.status = clone(next.status);
  return context.objects.commitUpdate(type, prepared, current) as T;
}

export function ownerReference(
  owner: StoredObject,
  controller = true,
  blockOwnerDeletion = true,
): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller,
    blockOwnerDeletion,
  };
}

export function hasFinalizer(object: KubeObject, finalizer: string): boolean {
  return (object.metadata.finalizers ?? []).includes(finalizer);
}

export function addFinalizer<T extends StoredObject>(
  context: ClusterContext,
  type: ResourceType,
  object: T,
  finalizer: string,
): T {
  if (hasFinalizer(object, finalizer)) return object;
  const next = clone(object);
  next.metadata.finalizers = [...(next.metadata.finalizers ?? []), finalizer];
  return writeObject(context, type, next);
}

export function removeFinalizer<T extends StoredObject>(
  context: ClusterContext,
  type: ResourceType,
  object: T,
  finalizer: string,
): T {
  if (!hasFinalizer(object, finalizer)) return object;
  const next = clone(object);
  next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  return writeObject(context, type, next);
}

/** Deletes if present; NotFound is fine (level-triggered controllers retry). */
export function deleteIfExists(
  context: ClusterContext,
  type: ResourceType,
  namespace: string | undefined,
  name: string,
): void {
  if (context.objects.get(type, namespace, name)) context.objects.delete(type, namespace, name);
}

/** Records a core/v1 Event about an object, folding repeats into `count` as the recorder does. */
export function recordEvent(
  context: ClusterContext,
  involved: StoredObject,
  type: 'Normal' | 'Warning',
  reason: string,
  message: string,
  component: string,
): void {
  const eventType = context.registry.byGroupPlural('', 'events');
  const namespace = involved.metadata.namespace ?? 'default';
  const time = now(context);
  const existing = context.objects
    .list(eventType, namespace)
    .find(
      (e) =>
        (e.involvedObject as { uid?: string } | undefined)?.uid === involved.metadata.uid &&
        e.reason === reason &&
        e.message === message,
    );
  if (existing) {
    writeObject(context, eventType, {
      ...clone(existing),
      count: Number(existing.count ?? 1) + 1,
      lastTimestamp: time,
    });
    return;
  }
  context.objects.create(eventType, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${involved.metadata.name}.${randomBytes(8).toString('hex')}`, namespace },
    involvedObject: {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name: involved.metadata.name,
      namespace: involved.metadata.namespace,
      uid: involved.metadata.uid,
      resourceVersion: involved.metadata.resourceVersion,
    },
    reason,
    message,
    type,
    source: { component },
    reportingComponent: component,
    firstTimestamp: time,
    lastTimestamp: time,
    count: 1,
  });
}
