/**
 * Object semantics on top of the raw store, shared by the HTTP handlers and the simulated
 * controllers: server-set metadata, generateName, optimistic concurrency, status
 * subresource rules, generation, finalizers and deletionTimestamp.
 */
import { randomUUID } from 'node:crypto';
import { errors } from '../api/errors';
import type { ResourceType } from '../api/resource-types';
import { typeKey } from '../api/resource-types';
import type { KubeObject, StoredObject } from '../api/types';
import { clone, rfc3339 } from '../api/types';
import type { Clock } from './clock';
import type { Store } from './store';

const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';
export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export interface DeleteOptions {
  propagationPolicy?: PropagationPolicy;
  /** Only reported back: the caller does not delete. */
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface UpdateOptions {
  /** 'status' writes only .status; the main resource never writes .status when a subresource exists. */
  subresource?: 'status';
}

function randomSuffix(): string {
  let suffix = '';
  for (let i = 0; i < 5; i++)
    suffix += NAME_SUFFIX_ALPHABET[Math.floor(Math.random() * NAME_SUFFIX_ALPHABET.length)];
  return suffix;
}

/** JSON with object keys sorted, so equal objects compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Everything but metadata and status: a change here bumps metadata.generation. */
function specPart(object: KubeObject): string {
  const rest = Object.entries(object).filter(
    ([k]) => !['metadata', 'status', 'apiVersion', 'kind'].includes(k),
  );
  return canonicalJson(rest);
}

/** Finalizers holding back removal; a Namespace also waits for its spec.finalizers ("kubernetes"). */
function pendingFinalizers(object: KubeObject): string[] {
  const spec = object.spec as { finalizers?: string[] } | undefined;
  const namespaceFinalizers = object.kind === 'Namespace' ? (spec?.finalizers ?? []) : [];
  return [...(object.metadata.finalizers ?? []), ...namespaceFinalizers];
}

export class Objects {
  /** Checks every stored object (the cluster plugs in CRD schema validation: controllers must write valid objects too). */
  validateWrite?: (type: ResourceType, object: StoredObject) => void;

  constructor(
    readonly store: Store,
    readonly clock: Clock,
  ) {}

  get(type: ResourceType, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.store.get(typeKey(type), type.namespaced ? namespace : undefined, name);
  }

  mustGet(type: ResourceType, namespace: string | undefined, name: string): StoredObject {
    const object = this.get(type, namespace, name);
    if (!object) throw errors.notFound(type.plural, type.group, name);
    return object;
  }

  list(type: ResourceType, namespace?: string): StoredObject[] {
    return this.store.list(typeKey(type), type.namespaced ? namespace : undefined);
  }

  /** Resolves generateName and fills server-set metadata; does not store (dry run uses this). */
  prepareCreate(type: ResourceType, input: KubeObject): StoredObject {
    const object = clone(input);
    const meta = object.metadata;
    if (!meta.name && meta.generateName) {
      let name = '';
      for (
        let attempt = 0;
        attempt < 8 && (!name || this.get(type, meta.namespace, name));
        attempt++
      ) {
        name = meta.generateName + randomSuffix();
      }
      meta.name = name;
    }
    const now = this.clock.now();
    const metadata: StoredObject['metadata'] = {
      ...meta,
      name: meta.name ?? '',
      uid: randomUUID(),
      resourceVersion: '0',
      generation: 1,
      creationTimestamp: rfc3339(now),
    };
    delete metadata.deletionTimestamp;
    delete metadata.deletionGracePeriodSeconds;
    if (!type.namespaced) delete metadata.namespace;
    const stored: StoredObject = { ...object, metadata };
    return stored;
  }

  create(type: ResourceType, input: KubeObject): StoredObject {
    return this.insert(type, this.prepareCreate(type, input));
  }

  /** Stores an object made by prepareCreate. */
  insert(type: ResourceType, object: StoredObject): StoredObject {
    if (this.get(type, object.metadata.namespace, object.metadata.name)) {
      throw errors.alreadyExists(type.plural, type.group, object.metadata.name);
    }
    this.validateWrite?.(type, object);
    // creationTimestamp has 1 s resolution; at a high time scale that second matters (deadlines).
    const now = this.clock.now();
    const stamped = Date.parse(object.metadata.creationTimestamp ?? '');
    this.clock.rememberCreation(
      object.metadata.uid,
      Number.isNaN(stamped) || now - stamped < 1000 ? now : stamped,
    );
    return this.store.write(typeKey(type), object, 'ADDED');
  }

  /** Computes the object an update would store; throws NotFound / Conflict. Does not store. */
  prepareUpdate(
    type: ResourceType,
    input: KubeObject,
    options: UpdateOptions = {},
  ): { next: StoredObject; current: StoredObject } {
    const name = input.metadata.name ?? '';
    const current = this.mustGet(type, input.metadata.namespace, name);
    const requested = input.metadata.resourceVersion;
    if (requested && requested !== current.metadata.resourceVersion) {
      throw errors.staleResourceVersion(type.plural, type.group, name);
    }
    let next: StoredObject;
    if (options.subresource === 'status') {
      next = { ...clone(current), status: clone(input.status) };
    } else {
      next = {
        ...clone(input),
        metadata: {
          ...clone(input.metadata),
          name,
          uid: current.metadata.uid,
          resourceVersion: current.metadata.resourceVersion,
        },
      };
      if (type.statusSubresource) next.status = clone(current.status);
    }
    if (next.status === undefined)
      next = Object.fromEntries(
        Object.entries(next).filter(([k]) => k !== 'status'),
      ) as StoredObject;
    // Fields only the server sets survive any update.
    next.metadata.creationTimestamp = current.metadata.creationTimestamp;
    next.metadata.namespace = current.metadata.namespace;
    next.metadata.deletionTimestamp = current.metadata.deletionTimestamp;
    next.metadata.deletionGracePeriodSeconds = current.metadata.deletionGracePeriodSeconds;
    next.metadata.generation =
      (current.metadata.generation ?? 1) + (specPart(next) === specPart(current) ? 0 : 1);
    next.apiVersion = current.apiVersion;
    next.kind = current.kind;
    return { next: JSON.parse(JSON.stringify(next)) as StoredObject, current };
  }

  update(type: ResourceType, input: KubeObject, options: UpdateOptions = {}): StoredObject {
    const { next, current } = this.prepareUpdate(type, input, options);
    return this.commitUpdate(type, next, current);
  }

  /** Stores a prepared update; removes the object when deletion was only waiting on finalizers. */
  commitUpdate(type: ResourceType, next: StoredObject, current: StoredObject): StoredObject {
    if (sameJson(next, current)) return current;
    if (next.metadata.deletionTimestamp && pendingFinalizers(next).length === 0) {
      this.store.remove(typeKey(type), current);
      this.clock.forget(current.metadata.uid);
      return next;
    }
    this.validateWrite?.(type, next);
    return this.store.write(typeKey(type), next, 'MODIFIED');
  }

  /** Deletes now, or marks for deletion while finalizers remain. Returns the final state. */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: DeleteOptions = {},
  ): { object: StoredObject; removed: boolean } {
    const current = this.mustGet(type, namespace, name);
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== current.metadata.uid) {
      throw errors.conflict(
        type.plural,
        type.group,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
      throw errors.conflict(
        type.plural,
        type.group,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
      );
    }
    const finalizers = [...(current.metadata.finalizers ?? [])];
    const policy = options.propagationPolicy ?? 'Background';
    const hasDependents = this.store.dependentsOf(current.metadata.uid).length > 0;
    if (policy === 'Foreground' && hasDependents && !finalizers.includes(FOREGROUND_FINALIZER))
      finalizers.push(FOREGROUND_FINALIZER);
    if (policy === 'Orphan' && hasDependents && !finalizers.includes(ORPHAN_FINALIZER))
      finalizers.push(ORPHAN_FINALIZER);
    if (finalizers.length === 0 && pendingFinalizers(current).length === 0) {
      this.store.remove(typeKey(type), current);
      this.clock.forget(current.metadata.uid);
      return { object: current, removed: true };
    }
    const marked: StoredObject = {
      ...clone(current),
      metadata: {
        ...clone(current.metadata),
        finalizers,
        deletionTimestamp: current.metadata.deletionTimestamp ?? rfc3339(this.clock.now()),
        deletionGracePeriodSeconds: 0,
      },
    };
    if (sameJson(marked, current)) return { object: current, removed: false };
    return { object: this.store.write(typeKey(type), marked, 'MODIFIED'), removed: false };
  }
}
