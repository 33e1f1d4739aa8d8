import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type WatchEvent = {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: K8sResourceCommon & { code?: number; message?: string; reason?: string };
};

export type WatchSocketHandlers = {
  onOpen: () => void;
  onEvents: (events: WatchEvent[]) => void;
  /** The socket closed without us asking (server went away, proxy dropped it, ...). */
  onDrop: (code: number) => void;
};

export type WatchSocket = { close: () => void };

/** The console's ws-factory flushes its buffer every 500 ms and keeps at most 1,000 events. */
export const BATCH_MS = 500;
export const MAX_BATCH = 1000;

const wsURL = (path: string) => {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${path}`;
};

/**
 * One Kubernetes watch over a WebSocket (one JSON event per frame, as the API server sends).
 * Events are handed over in 500 ms batches; above 1,000 events in a batch the oldest are
 * dropped, as the console's ws-factory does (console-runtime.md §3).
 */
export const openWatchSocket = (path: string, handlers: WatchSocketHandlers): WatchSocket => {
  const ws = new WebSocket(wsURL(path));
  let closedByUs = false;
  let pending: WatchEvent[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    flushTimer = undefined;
    const events = pending;
    pending = [];
    if (events.length && !closedByUs) {
      handlers.onEvents(events);
    }
  };

  ws.onopen = () => handlers.onOpen();
  ws.onmessage = (message: MessageEvent<string>) => {
    try {
      pending.push(JSON.parse(message.data) as WatchEvent);
    } catch {
      // A frame that is not JSON is not a watch event; ignore it like the console does.
      return;
    }
    if (pending.length > MAX_BATCH) {
      pending = pending.slice(pending.length - MAX_BATCH);
    }
    flushTimer ??= setTimeout(flush, BATCH_MS);
  };
  ws.onclose = (event: CloseEvent) => {
    if (flushTimer) {
      clearTimeout(flushTimer);
      flush();
    }
    if (!closedByUs) {
      handlers.onDrop(event.code);
    }
  };

  return {
    close: () => {
      closedByUs = true;
      if (flushTimer) {
        clearTimeout(flushTimer);
      }
      ws.close();
    },
  };
};
