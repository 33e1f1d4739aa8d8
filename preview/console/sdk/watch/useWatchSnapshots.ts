import { useCallback, useRef, useSyncExternalStore } from 'react';
import { acquireWatch, peekWatch, watchId } from './watch-store';
import { emptyData } from './watch-types';
import type { WatchQuery, WatchSnapshot } from './watch-types';

export type WatchRequest = { id: string; query: WatchQuery } | null;

export const toRequest = (query: WatchQuery | null): WatchRequest =>
  query ? { id: watchId(query), query } : null;

const pending = (query: WatchQuery): WatchSnapshot => ({
  data: emptyData(query),
  loaded: false,
  loadError: undefined,
});

/**
 * Subscribes to the shared watches of `requests` (null = no watch) and returns their current
 * snapshots, referentially stable while nothing changed.
 */
export const useWatchSnapshots = (requests: WatchRequest[]): (WatchSnapshot | undefined)[] => {
  const ids = requests.map((r) => r?.id ?? '').join('\n');
  const requestsRef = useRef(requests);
  requestsRef.current = requests;
  const cache = useRef<(WatchSnapshot | undefined)[]>([]);
  const fallbacks = useRef(new Map<string, WatchSnapshot>());

  const subscribe = useCallback(
    (listener: () => void) => {
      const leaves = requestsRef.current.map((r) =>
        r ? acquireWatch(r.id, r.query, listener) : undefined,
      );
      return () => leaves.forEach((leave) => leave?.());
    },
    // `ids` identifies the requests; the ref carries their current objects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ids],
  );

  const getSnapshot = useCallback(() => {
    const next = requestsRef.current.map((r) => {
      if (!r) {
        return undefined;
      }
      const live = peekWatch(r.id);
      if (live) {
        return live;
      }
      let fallback = fallbacks.current.get(r.id);
      if (!fallback) {
        fallback = pending(r.query);
        fallbacks.current.set(r.id, fallback);
      }
      return fallback;
    });
    const prev = cache.current;
    if (prev.length === next.length && prev.every((s, i) => s === next[i])) {
      return prev;
    }
    cache.current = next;
    return next;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids]);

  return useSyncExternalStore(subscribe, getSnapshot);
};
