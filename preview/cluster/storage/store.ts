/**
 * The object store: one global resourceVersion counter (like etcd's revision), objects per
 * resource type, an owner index for garbage collection, the watch window and persistence.
 * Stored objects are deep-frozen; anyone who changes one works on a copy.
 */
import type { StoredObject } from '../api/types';
import { deepFreeze } from '../api/types';
import { EventLog } from './event-log';
import type { EventType, StoreEvent } from './event-log';
import type { Journal } from './persistence';

export function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

export type StoreListener = (event: StoreEvent) => void;

export interface StoreSnapshot {
  resourceVersion: number;
  objects: { typeKey: string; object: StoredObject }[];
}

export class Store {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();
  /** owner uid → "typeKey|namespace/name" of objects that name it in ownerReferences. */
  private readonly dependents = new Map<string, Set<string>>();
  /** uid → "typeKey|namespace/name", to tell whether an owner still exists. */
  private readonly byUid = new Map<string, string>();
  private readonly listeners = new Set<StoreListener>();
  private rv: number;
  readonly events: EventLog;

  constructor(
    snapshot: StoreSnapshot | undefined,
    historySize: number,
    private readonly journal?: Journal,
  ) {
    this.rv = snapshot?.resourceVersion ?? 1;
    for (const { typeKey, object } of snapshot?.objects ?? [])
      this.put(typeKey, deepFreeze(object));
    this.events = new EventLog(historySize, this.rv);
  }

  resourceVersion(): number {
    return this.rv;
  }

  get(typeKey: string, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.buckets.get(typeKey)?.get(objectKey(namespace, name));
  }

  /** Objects of one type (in one namespace when given), ordered by namespace and name. */
  list(typeKey: string, namespace?: string): StoredObject[] {
    const bucket = this.buckets.get(typeKey);
    if (!bucket) return [];
    const all = [...bucket.entries()];
    const picked =
      namespace === undefined ? all : all.filter(([key]) => key.startsWith(`${namespace}/`));
    return picked.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, object]) => object);
  }

  typeKeys(): string[] {
    return [...this.buckets.keys()];
  }

  /** "typeKey|namespace/name" of the objects owned by `uid`. */
  dependentsOf(uid: string): string[] {
    return [...(this.dependents.get(uid) ?? [])];
  }

  /** The object with this uid, if it exists. */
  getByUid(uid: string): { typeKey: string; object: StoredObject } | undefined {
    const ref = this.byUid.get(uid);
    if (!ref) return undefined;
    const bar = ref.indexOf('|');
    const typeKey = ref.slice(0, bar);
    const object = this.buckets.get(typeKey)?.get(ref.slice(bar + 1));
    return object ? { typeKey, object } : undefined;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes an object (create or replace) under the next resourceVersion. */
  write(typeKey: string, object: StoredObject, type: EventType): StoredObject {
    const rv = ++this.rv;
    const stored = deepFreeze({
      ...object,
      metadata: { ...object.metadata, resourceVersion: String(rv) },
    });
    const previous = this.get(typeKey, stored.metadata.namespace, stored.metadata.name);
    if (previous) this.unindex(typeKey, previous);
    this.put(typeKey, stored);
    this.journal?.append({ op: 'put', typeKey, object: stored, rv });
    this.emit({ type, typeKey, object: stored, ...(previous ? { previous } : {}), rv });
    return stored;
  }

  remove(typeKey: string, object: StoredObject): void {
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const previous = this.buckets.get(typeKey)?.get(key);
    if (!previous) return;
    const rv = ++this.rv;
    this.buckets.get(typeKey)?.delete(key);
    this.unindex(typeKey, previous);
    // A DELETED event carries the last state with the deletion's resourceVersion.
    const last = deepFreeze({
      ...previous,
      metadata: { ...previous.metadata, resourceVersion: String(rv) },
    });
    this.journal?.append({ op: 'delete', typeKey, object: last, rv });
    this.emit({ type: 'DELETED', typeKey, object: last, previous, rv });
  }

  snapshot(): StoreSnapshot {
    const objects: StoreSnapshot['objects'] = [];
    for (const [typeKey, bucket] of this.buckets) {
      for (const object of bucket.values()) objects.push({ typeKey, object });
    }
    return { resourceVersion: this.rv, objects };
  }

  private put(typeKey: string, object: StoredObject): void {
    let bucket = this.buckets.get(typeKey);
    if (!bucket) {
      bucket = new Map();
      this.buckets.set(typeKey, bucket);
    }
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    bucket.set(key, object);
    this.byUid.set(object.metadata.uid, `${typeKey}|${key}`);
    for (const owner of object.metadata.ownerReferences ?? []) {
      let set = this.dependents.get(owner.uid);
      if (!set) {
        set = new Set();
        this.dependents.set(owner.uid, set);
      }
      set.add(`${typeKey}|${objectKey(object.metadata.namespace, object.metadata.name)}`);
    }
  }

  private unindex(typeKey: string, object: StoredObject): void {
    this.byUid.delete(object.metadata.uid);
    for (const owner of object.metadata.ownerReferences ?? []) {
      const set = this.dependents.get(owner.uid);
      set?.delete(`${typeKey}|${objectKey(object.metadata.namespace, object.metadata.name)}`);
      if (set?.size === 0) this.dependents.delete(owner.uid);
    }
  }

  private emit(event: StoreEvent): void {
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }
}
