import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { resourceURL } from '../k8s-url';
import { keyOf, listAllPages } from './list-pages';
import { ReconnectingSocket } from './reconnecting-socket';
import type { WatchEvent } from './socket';
import type { WatchQuery, WatchSnapshot } from './watch-types';

/** `watchK8sList` polls again (re-lists) 15 s after a failed list or an abnormal close. */
export const RELIST_MS = 15_000;

/**
 * A list watch with the console's rules (console-runtime.md §3, `watchK8sList`): list, then
 * watch from the list's resourceVersion. Only close code 1006 re-lists (after 15 s); other
 * closes reconnect from the old resourceVersion; ERROR events (410 Gone) are ignored; after
 * 60 s of failed reconnects the watch is gone for good. Data stays as it was meanwhile.
 */
export class ListWatch {
  private items = new Map<string, K8sResourceCommon>();
  private socket: ReconnectingSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private loaded = false;

  constructor(
    private readonly query: WatchQuery,
    private readonly publish: (patch: Partial<WatchSnapshot>) => void,
  ) {}

  start() {
    void this.list();
  }

  stop() {
    this.generation += 1;
    clearTimeout(this.timer);
    this.socket?.destroy();
    this.socket = undefined;
  }

  private data() {
    return Array.from(this.items.values());
  }

  private async list() {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    const firstLoad = !this.loaded;
    try {
      const result = await listAllPages(this.query, current, (soFar) => {
        // The first load shows each page as it comes; a re-list swaps the set at the end.
        if (firstLoad) {
          this.items = new Map(soFar);
          this.loaded = true;
          this.publish({ data: this.data(), loaded: true, loadError: undefined });
        }
      });
      if (!result) {
        return;
      }
      this.items = result.items;
      this.loaded = true;
      this.publish({ data: this.data(), loaded: true, loadError: undefined });
      this.watch(result.resourceVersion);
    } catch (e) {
      if (current()) {
        this.publish({ loadError: e });
        this.timer = setTimeout(() => void this.list(), RELIST_MS);
      }
    }
  }

  private watch(resourceVersion: string | undefined) {
    const { model, ns, labelSelector, fieldSelector } = this.query;
    const path = resourceURL(model, {
      ns,
      queryParams: { watch: 'true', labelSelector, fieldSelector, resourceVersion },
    });
    this.socket = new ReconnectingSocket(path, {
      onEvents: (events) => this.apply(events),
      onAbnormalClose: () => {
        this.socket = undefined;
        this.timer = setTimeout(() => void this.list(), RELIST_MS);
      },
      onGiveUp: () => {
        this.socket = undefined;
      },
    });
  }

  private apply(events: WatchEvent[]) {
    if (!events.length) {
      return;
    }
    for (const { type, object } of events) {
      if (type === 'DELETED') {
        this.items.delete(keyOf(object));
      } else if (type !== 'BOOKMARK') {
        this.items.set(keyOf(object), object);
      }
    }
    this.publish({ data: this.data() });
  }
}
