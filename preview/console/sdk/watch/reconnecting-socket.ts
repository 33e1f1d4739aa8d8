import { openWatchSocket } from './socket';
import type { WatchEvent, WatchSocket } from './socket';

/** ws-factory's reconnect: 1 s, then 1.5× longer each time; given up after 60 s of trying. */
const FIRST_DELAY_MS = 1000;
const GIVE_UP_MS = 60_000;

export type ReconnectHandlers = {
  onEvents: (events: WatchEvent[]) => void;
  /** Close code 1006 (abnormal: network, proxy): the caller decides (lists re-list). */
  onAbnormalClose?: () => void;
  /** Reconnecting failed for 60 s: the socket is destroyed and nothing happens any more. */
  onGiveUp?: () => void;
};

/**
 * A watch socket that reconnects to the same URL (the same, possibly old, resourceVersion)
 * after a close, like the console's ws-factory (console-runtime.md §3).
 */
export class ReconnectingSocket {
  private socket: WatchSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failingSince: number | undefined;
  private delay = FIRST_DELAY_MS;
  private destroyed = false;

  constructor(
    private readonly path: string,
    private readonly handlers: ReconnectHandlers,
  ) {
    this.connect();
  }

  destroy() {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.socket?.close();
    this.socket = undefined;
  }

  private connect() {
    this.socket = openWatchSocket(this.path, {
      onOpen: () => undefined,
      onEvents: (events) => {
        // Only a socket that delivers objects counts as healthy (410 ERRORs do not).
        if (events.some((e) => e.type !== 'ERROR')) {
          this.failingSince = undefined;
          this.delay = FIRST_DELAY_MS;
        }
        this.handlers.onEvents(events.filter((e) => e.type !== 'ERROR'));
      },
      onDrop: (code) => this.dropped(code),
    });
  }

  private dropped(code: number) {
    this.socket = undefined;
    if (this.destroyed) {
      return;
    }
    if (code === 1006 && this.handlers.onAbnormalClose) {
      this.destroy();
      this.handlers.onAbnormalClose();
      return;
    }
    const now = Date.now();
    this.failingSince ??= now;
    if (now - this.failingSince > GIVE_UP_MS) {
      this.destroy();
      this.handlers.onGiveUp?.();
      return;
    }
    this.timer = setTimeout(() => this.connect(), this.delay);
    this.delay = Math.min(this.delay * 1.5, GIVE_UP_MS);
  }
}
