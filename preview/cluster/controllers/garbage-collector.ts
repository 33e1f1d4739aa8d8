/**
 * Owner-reference garbage collection (background, foreground and orphan propagation), as
 * kube-controller-manager does it. Writes are deferred out of the store listener so watchers
 * always see events in resourceVersion order.
 */
import type { StoredObject } from '../api/types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER } from '../storage/objects';
import type { StoreEvent } from '../storage/event-log';
import { writeObject } from './helpers';

export class GarbageCollector {
  private pending = new Set<string>();
  private scheduled = false;
  private unsubscribe?: () => void;

  constructor(private readonly context: ClusterContext) {}

  start(): void {
    this.unsubscribe = this.context.store.subscribe((event) => this.onEvent(event));
    // After a restart, collect what lost its owners while we were down.
    for (const typeKey of this.context.store.typeKeys()) {
      for (const object of this.context.store.list(typeKey)) {
        if ((object.metadata.ownerReferences ?? []).length > 0)
          this.check(`${typeKey}|${object.metadata.namespace ?? ''}/${object.metadata.name}`);
        if (object.metadata.deletionTimestamp) this.check(`owner|${object.metadata.uid}`);
      }
    }
  }

  stop(): void {
    this.unsubscribe?.();
    this.pending.clear();
  }

  private onEvent(event: StoreEvent): void {
    const { object } = event;
    if (event.type === 'DELETED') {
      for (const dependent of this.context.store.dependentsOf(object.metadata.uid))
        this.check(dependent);
      // A dependent went away: its owners may be waiting for that (foreground deletion).
      for (const owner of object.metadata.ownerReferences ?? []) this.check(`owner|${owner.uid}`);
    } else if (object.metadata.deletionTimestamp) {
      this.check(`owner|${object.metadata.uid}`);
    }
  }

  private check(ref: string): void {
    this.pending.add(ref);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private drain(): void {
    this.scheduled = false;
    const work = [...this.pending];
    this.pending.clear();
    for (const ref of work) {
      try {
        if (ref.startsWith('owner|')) this.processOwner(ref.slice(6));
        else this.processDependent(ref);
      } catch (error) {
        this.context.log(
          `garbage collector ${ref}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  private resolve(ref: string): { typeKey: string; object: StoredObject } | undefined {
    const bar = ref.indexOf('|');
    const typeKey = ref.slice(0, bar);
    const slash = ref.indexOf('/', bar);
    const namespace = ref.slice(bar + 1, slash);
    const object = this.context.store.get(typeKey, namespace || undefined, ref.slice(slash + 1));
    return object ? { typeKey, object } : undefined;
  }

  private typeOf(typeKey: string) {
    const slash = typeKey.indexOf('/');
    return this.context.registry.byGroupPlural(typeKey.slice(0, slash), typeKey.slice(slash + 1));
  }

  /** Deletes a dependent once none of its owners exist any more. */
  private processDependent(ref: string): void {
    const found = this.resolve(ref);
    if (!found) return;
    const owners = found.object.metadata.ownerReferences ?? [];
    if (owners.length === 0 || owners.some((o) => this.context.store.getByUid(o.uid))) return;
    if (found.object.metadata.deletionTimestamp) return;
    const { namespace, name } = found.object.metadata;
    this.context.objects.delete(this.typeOf(found.typeKey), namespace, name, {
      propagationPolicy: 'Background',
    });
  }

  /** Foreground: delete dependents, then drop the finalizer. Orphan: detach dependents first. */
  private processOwner(uid: string): void {
    const found = this.context.store.getByUid(uid);
    if (!found?.object.metadata.deletionTimestamp) return;
    const finalizers = found.object.metadata.finalizers ?? [];
    const dependents = this.context.store.dependentsOf(uid);
    if (finalizers.includes(ORPHAN_FINALIZER)) {
      for (const ref of dependents) {
        const dependent = this.resolve(ref);
        if (!dependent) continue;
        const next = clone(dependent.object);
        next.metadata.ownerReferences = (next.metadata.ownerReferences ?? []).filter(
          (o) => o.uid !== uid,
        );
        writeObject(this.context, this.typeOf(dependent.typeKey), next);
      }
      this.dropFinalizer(found.typeKey, found.object, ORPHAN_FINALIZER);
    } else if (finalizers.includes(FOREGROUND_FINALIZER)) {
      if (dependents.length === 0) {
        this.dropFinalizer(found.typeKey, found.object, FOREGROUND_FINALIZER);
        return;
      }
      for (const ref of dependents) {
        const dependent = this.resolve(ref);
        if (dependent && !dependent.object.metadata.deletionTimestamp) {
          const { namespace, name } = dependent.object.metadata;
          this.context.objects.delete(this.typeOf(dependent.typeKey), namespace, name, {
            propagationPolicy: 'Foreground',
          });
        }
      }
    }
  }

  private dropFinalizer(typeKey: string, object: StoredObject, finalizer: string): void {
    const next = clone(object);
    next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    writeObject(this.context, this.typeOf(typeKey), next);
  }
}
