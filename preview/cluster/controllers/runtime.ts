/**
 * A small controller runtime: level-triggered reconcilers fed by store events, a de-duplicating
 * work queue drained off the request path, and requeues after simulated delays.
 */
import type { ResourceType } from '../api/resource-types';
import { typeKey } from '../api/resource-types';
import type { ClusterContext } from '../cluster-context';
import type { StoreEvent } from '../storage/event-log';

export interface ObjectRef {
  namespace?: string;
  name: string;
}

export interface Reconciler {
  name: string;
  primary: ResourceType;
  /** Secondary types whose changes map to primaries (default: the whole namespace). */
  watches?: { type: ResourceType; map?: (event: StoreEvent) => ObjectRef[] }[];
  /** Returns a simulated delay (ms) after which to look again, if any. */
  reconcile(ref: ObjectRef): number | undefined;
  /** Look at every primary again when the cluster clock is moved (cron, TTL, clean-ups). */
  resyncOnClockAdvance?: boolean;
}

const BATCH = 200;

export class ControllerManager {
  private readonly reconcilers: Reconciler[] = [];
  private readonly queue = new Map<string, { reconciler: Reconciler; ref: ObjectRef }>();
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; due: number }>();
  private scheduled = false;
  private stopped = true;
  private unsubscribe?: () => void;
  private unsubscribeClock?: () => void;

  constructor(private readonly context: ClusterContext) {}

  add(...reconcilers: Reconciler[]): void {
    this.reconcilers.push(...reconcilers);
  }

  start(): void {
    this.stopped = false;
    this.unsubscribe = this.context.store.subscribe((event) => this.onEvent(event));
    this.unsubscribeClock = this.context.clock.onAdvance(() =>
      this.resync(this.reconcilers.filter((r) => r.resyncOnClockAdvance)),
    );
    // Level-triggered: look at everything once at start (also after a restart from disk).
    this.resync(this.reconcilers);
  }

  private resync(reconcilers: Reconciler[]): void {
    for (const reconciler of reconcilers) {
      for (const object of this.context.objects.list(reconciler.primary)) {
        this.enqueue(reconciler, {
          namespace: object.metadata.namespace,
          name: object.metadata.name,
        });
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribeClock?.();
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.queue.clear();
  }

  /** True when no work is queued (tests and the seed use this to settle). */
  idle(): boolean {
    return this.queue.size === 0;
  }

  enqueue(reconciler: Reconciler, ref: ObjectRef): void {
    if (this.stopped) return;
    this.queue.set(`${reconciler.name}|${ref.namespace ?? ''}/${ref.name}`, { reconciler, ref });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private onEvent(event: StoreEvent): void {
    for (const reconciler of this.reconcilers) {
      if (event.typeKey === typeKey(reconciler.primary)) {
        this.enqueue(reconciler, {
          namespace: event.object.metadata.namespace,
          name: event.object.metadata.name,
        });
      }
      for (const watch of reconciler.watches ?? []) {
        if (event.typeKey !== typeKey(watch.type)) continue;
        const refs = watch.map
          ? watch.map(event)
          : this.context.objects
              .list(reconciler.primary, event.object.metadata.namespace)
              .map((o) => ({ namespace: o.metadata.namespace, name: o.metadata.name }));
        for (const ref of refs) this.enqueue(reconciler, ref);
      }
    }
  }

  private drain(): void {
    this.scheduled = false;
    let processed = 0;
    for (const [key, { reconciler, ref }] of this.queue) {
      if (this.stopped || processed++ >= BATCH) break;
      this.queue.delete(key);
      let delay: number | undefined;
      try {
        delay = reconciler.reconcile(ref);
      } catch (error) {
        this.context.log(
          `controller ${reconciler.name} ${ref.namespace ?? ''}/${ref.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        delay = 5000;
      }
      if (typeof delay === 'number') this.requeueAfter(reconciler, ref, delay);
    }
    if (this.queue.size > 0 && !this.scheduled && !this.stopped) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private requeueAfter(reconciler: Reconciler, ref: ObjectRef, simulatedMs: number): void {
    const key = `${reconciler.name}|${ref.namespace ?? ''}/${ref.name}`;
    const delay = Math.max(1, this.context.clock.realDelay(simulatedMs));
    const due = Date.now() + delay;
    const existing = this.timers.get(key);
    if (existing && existing.due <= due) return;
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.enqueue(reconciler, ref);
    }, delay);
    timer.unref();
    this.timers.set(key, { timer, due });
  }
}

/** Remembers when a step began (by id) so a reconciler can wait a simulated duration. */
export class StepTimer {
  private readonly started = new Map<string, number>();

  constructor(private readonly context: ClusterContext) {}

  /** Simulated ms still to wait for `id`, starting the wait on first call. */
  remaining(id: string, simulatedMs: number): number {
    let start = this.started.get(id);
    if (start === undefined) {
      start = this.context.clock.now();
      this.started.set(id, start);
    }
    return Math.max(0, simulatedMs - this.context.clock.simulatedSince(start));
  }

  clear(prefix: string): void {
    for (const id of this.started.keys()) if (id.startsWith(prefix)) this.started.delete(id);
  }
}
