import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '../http-error';
import { k8sGet } from '../k8s-resource';
import { resourceURL } from '../k8s-url';
import { keyOf, listAllPages } from './list-pages';
import { openWatchSocket } from './socket';
import type { WatchEvent, WatchSocket } from './socket';

export type WatchQuery = {
  model: K8sModel;
  isList: boolean;
  ns?: string;
  name?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
};

export type WatchSnapshot = { data: unknown; loaded: boolean; loadError: unknown };

const MAX_BACKOFF_MS = 30_000;

/**
 * One shared watch: list (or get) + WebSocket watch from that resourceVersion. When the socket
 * drops, it waits (exponential backoff), lists again (resync: objects deleted meanwhile
 * disappear) and watches from the new resourceVersion. Data stays visible meanwhile.
 */
export class WatchEntry {
  snapshot: WatchSnapshot;
  readonly listeners = new Set<() => void>();
  private items = new Map<string, K8sResourceCommon>();
  private object: K8sResourceCommon | undefined;
  private resourceVersion: string | undefined;
  private socket: WatchSocket | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private generation = 0;
  private stopped = false;

  constructor(private readonly query: WatchQuery) {
    this.snapshot = { data: query.isList ? [] : {}, loaded: false, loadError: undefined };
  }

  start() {
    void this.sync();
  }

  stop() {
    this.stopped = true;
    this.generation += 1;
    this.socket?.close();
    this.socket = undefined;
    clearTimeout(this.retryTimer);
  }

  private publish(patch: Partial<WatchSnapshot>) {
    const data = this.query.isList ? Array.from(this.items.values()) : (this.object ?? {});
    this.snapshot = { ...this.snapshot, data, ...patch };
    this.listeners.forEach((l) => l());
  }

  private fail(error: unknown) {
    // Like the console: keep the data and `loaded`, report the error.
    this.publish({ loadError: error });
  }

  private async sync() {
    const generation = ++this.generation;
    const current = () => generation === this.generation && !this.stopped;
    try {
      const rv = this.query.isList ? await this.list(current) : await this.get();
      if (!current()) {
        return;
      }
      this.resourceVersion = rv;
      this.watch();
    } catch (e) {
      if (!current()) {
        return;
      }
      this.fail(e);
      if (!this.query.isList && e instanceof HttpError && e.code === 404) {
        // Not there (yet): watch by name so its creation shows up.
        this.object = undefined;
        this.resourceVersion = undefined;
        this.watch();
        return;
      }
      this.retryLater();
    }
  }

  private async list(current: () => boolean): Promise<string | undefined> {
    // First load: show each page as it comes (the console does the same). A resync swaps the
    // whole set at the end, so rows do not flicker away while it runs.
    const firstLoad = !this.snapshot.loaded;
    const result = await listAllPages(this.query, current, (soFar) => {
      if (firstLoad) {
        this.items = new Map(soFar);
        this.publish({ loaded: true, loadError: undefined });
      }
    });
    if (!result) {
      return undefined;
    }
    this.items = result.items;
    this.publish({ loaded: true, loadError: undefined });
    return result.resourceVersion;
  }

  private async get(): Promise<string | undefined> {
    const { model, ns, name } = this.query;
    const obj = await k8sGet<K8sResourceCommon>({ model, ns, name });
    this.object = obj;
    this.publish({ loaded: true, loadError: undefined });
    return obj.metadata?.resourceVersion;
  }

  private watch() {
    const { model, ns, name, labelSelector } = this.query;
    const fieldSelector = this.query.isList
      ? this.query.fieldSelector
      : `metadata.name=${name ?? ''}`;
    const path = resourceURL(model, {
      ns,
      queryParams: {
        watch: 'true',
        labelSelector,
        fieldSelector,
        resourceVersion: this.resourceVersion,
      },
    });
    let openedAt = 0;
    this.socket = openWatchSocket(path, {
      onOpen: () => {
        openedAt = Date.now();
      },
      onEvents: (events) => this.apply(events),
      onDrop: () => {
        this.socket = undefined;
        // A socket that lived a while was healthy: start the backoff again from the bottom.
        if (openedAt && Date.now() - openedAt > 5000) {
          this.failures = 0;
        }
        this.retryLater();
      },
    });
  }

  private apply(events: WatchEvent[]) {
    for (const { type, object } of events) {
      if (type === 'ERROR') {
        // 410 Gone: our resourceVersion is too old. Anything else: treat as a drop.
        this.socket?.close();
        this.socket = undefined;
        if (object.code === 410) {
          void this.sync();
        } else {
          this.retryLater();
        }
        return;
      }
      this.resourceVersion = object.metadata?.resourceVersion ?? this.resourceVersion;
      if (type === 'BOOKMARK') {
        continue;
      }
      if (this.query.isList) {
        if (type === 'DELETED') {
          this.items.delete(keyOf(object));
        } else {
          this.items.set(keyOf(object), object);
        }
      } else if (type === 'DELETED') {
        this.object = undefined;
        const { kind } = this.query.model;
        this.fail(new HttpError(`${kind} "${this.query.name ?? ''}" not found`, 404));
      } else {
        this.object = object;
      }
    }
    this.publish(this.object || this.query.isList ? { loaded: true, loadError: undefined } : {});
  }

  private retryLater() {
    clearTimeout(this.retryTimer);
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.failures);
    this.failures += 1;
    this.retryTimer = setTimeout(() => void this.sync(), delay * (0.8 + Math.random() * 0.4));
  }
}
