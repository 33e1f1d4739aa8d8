import { ListWatch } from './list-watch';
import { ObjectWatch } from './object-watch';
import { emptyData } from './watch-types';
import type { WatchQuery, WatchSnapshot } from './watch-types';

export type { WatchQuery, WatchSnapshot } from './watch-types';

/** One shared watch (a list or one object) and the listeners of its snapshot. */
export class WatchEntry {
  snapshot: WatchSnapshot;
  readonly listeners = new Set<() => void>();
  private readonly watch: ListWatch | ObjectWatch;

  constructor(query: WatchQuery) {
    this.snapshot = { data: emptyData(query), loaded: false, loadError: undefined };
    const publish = (patch: Partial<WatchSnapshot>) => {
      this.snapshot = { ...this.snapshot, ...patch };
      this.listeners.forEach((l) => l());
    };
    this.watch = query.isList ? new ListWatch(query, publish) : new ObjectWatch(query, publish);
  }

  start() {
    this.watch.start();
  }

  stop() {
    this.watch.stop();
  }
}
