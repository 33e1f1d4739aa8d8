import { getReferenceForModel } from '../models';
import { WatchEntry } from './watch-entry';
import type { WatchQuery, WatchSnapshot } from './watch-types';

type Slot = { entry: WatchEntry; refs: number; stopTimer?: ReturnType<typeof setTimeout> };

const slots = new Map<string, Slot>();

/** One id per unique request, as the console's redux id: model reference + query. */
export const watchId = ({ model, ...query }: WatchQuery): string =>
  `${getReferenceForModel(model)}---${JSON.stringify(query)}`;

/** Start (or join) the watch for `query`; the returned function leaves it. */
export const acquireWatch = (id: string, query: WatchQuery, listener: () => void) => {
  let slot = slots.get(id);
  if (!slot) {
    slot = { entry: new WatchEntry(query), refs: 0 };
    slots.set(id, slot);
    slot.entry.start();
  }
  clearTimeout(slot.stopTimer);
  slot.refs += 1;
  slot.entry.listeners.add(listener);
  const joined = slot;
  return () => {
    joined.entry.listeners.delete(listener);
    joined.refs -= 1;
    if (joined.refs === 0) {
      // Re-renders often leave and rejoin in one commit: stop a moment later, not at once.
      joined.stopTimer = setTimeout(() => {
        if (joined.refs === 0 && slots.get(id) === joined) {
          joined.entry.stop();
          slots.delete(id);
        }
      }, 100);
    }
  };
};

export const peekWatch = (id: string): WatchSnapshot | undefined => slots.get(id)?.entry.snapshot;

/** Open shared watches (for the preview's own diagnostics). */
export const activeWatchCount = () => slots.size;
