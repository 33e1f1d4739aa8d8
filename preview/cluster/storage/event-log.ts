/**
 * The recent change history watches resume from. Like the API server's watch cache it holds a
 * bounded window: a watch from a resourceVersion older than the window gets 410 Gone.
 */
import type { StoredObject } from '../api/types';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: EventType;
  typeKey: string;
  object: StoredObject;
  /** The object before this change (MODIFIED and DELETED). Selectors need it. */
  previous?: StoredObject;
  rv: number;
}

export class EventLog {
  private events: StoreEvent[] = [];
  private head = 0;
  /** Highest resourceVersion no longer in the window. */
  private evictedUpTo: number;

  constructor(
    private readonly capacity: number,
    startRv: number,
  ) {
    this.evictedUpTo = startRv;
  }

  push(event: StoreEvent): void {
    this.events.push(event);
    if (this.events.length - this.head > this.capacity) {
      this.evictedUpTo = this.events[this.head].rv;
      this.head++;
      // Compact now and then instead of shifting on every push.
      if (this.head > this.capacity) {
        this.events = this.events.slice(this.head);
        this.head = 0;
      }
    }
  }

  /** Events after `rv`, or undefined when `rv` is older than the window (410 Gone). */
  since(rv: number): StoreEvent[] | undefined {
    if (rv < this.evictedUpTo) return undefined;
    const result: StoreEvent[] = [];
    for (let i = this.events.length - 1; i >= this.head && this.events[i].rv > rv; i--) {
      result.push(this.events[i]);
    }
    return result.reverse();
  }

  oldestAvailable(): number {
    return this.evictedUpTo;
  }
}
