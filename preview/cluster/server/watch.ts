/**
 * Watches, over chunked HTTP (one JSON event per line) or WebSocket (one JSON event per text
 * frame). A watch starts with the current objects (no resourceVersion, or "0") or replays the
 * changes after a resourceVersion; one older than the change window gets a 410 Expired event,
 * as from the API server's watch cache. Selector changes turn into ADDED/DELETED like upstream.
 */
import type { ResourceType } from '../api/resource-types';
import { apiVersionOf, typeKey } from '../api/resource-types';
import type { Matcher } from '../api/selectors';
import type { IncludeObject } from '../api/table';
import { toTable } from '../api/table';
import type { StoredObject } from '../api/types';
import { errors } from '../api/errors';
import type { ClusterContext } from '../cluster-context';
import type { StoreEvent } from '../storage/event-log';
import { atVersion } from './responses';

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: unknown;
}

/** Where events go: an HTTP response or a WebSocket. */
export interface WatchSink {
  send(text: string): void;
  close(): void;
  onClose(callback: () => void): void;
}

export interface WatchParams {
  type: ResourceType;
  version: string;
  namespace?: string;
  label: Matcher;
  field: Matcher;
  resourceVersion?: string;
  timeoutSeconds?: number;
  /** Send objects as one-row Tables (kubectl get -w). */
  table?: IncludeObject;
  allowBookmarks: boolean;
  sendInitialEvents: boolean;
}

// The same event goes to many watchers; serialise it once per variant.
const rendered = new WeakMap<StoreEvent, Map<string, string>>();

export function startWatch(context: ClusterContext, params: WatchParams, sink: WatchSink): void {
  const key = typeKey(params.type);
  const matches = (object: StoredObject | undefined): boolean =>
    object !== undefined &&
    (params.namespace === undefined || object.metadata.namespace === params.namespace) &&
    params.label(object) &&
    params.field(object);
  const render = (type: WatchEvent['type'], object: StoredObject): string => {
    const versioned = atVersion(object, params.type, params.version);
    const body = params.table
      ? toTable(params.type, [versioned], params.table, {
          resourceVersion: object.metadata.resourceVersion,
        })
      : versioned;
    return JSON.stringify({ type, object: body });
  };
  const deliver = (event: StoreEvent): void => {
    const now = matches(event.object);
    const before = matches(event.previous);
    let type: WatchEvent['type'] | undefined;
    if (event.type === 'ADDED') type = now ? 'ADDED' : undefined;
    else if (event.type === 'DELETED') type = before ? 'DELETED' : undefined;
    else type = now && before ? 'MODIFIED' : now ? 'ADDED' : before ? 'DELETED' : undefined;
    if (!type) return;
    const variant = `${type}|${params.version}|${params.table ?? ''}`;
    let cache = rendered.get(event);
    if (!cache) {
      cache = new Map();
      rendered.set(event, cache);
    }
    let text = cache.get(variant);
    if (text === undefined) {
      text = render(type, event.object);
      cache.set(variant, text);
    }
    sink.send(text);
  };

  const rv = params.resourceVersion;
  if (rv === undefined || rv === '' || rv === '0') {
    for (const object of context.objects.list(params.type, params.namespace)) {
      if (matches(object)) sink.send(render('ADDED', object));
    }
    if (params.sendInitialEvents && params.allowBookmarks) {
      sink.send(
        JSON.stringify({
          type: 'BOOKMARK',
          object: {
            kind: params.type.kind,
            apiVersion: apiVersionOf(params.type.group, params.version),
            metadata: {
              resourceVersion: String(context.store.resourceVersion()),
              annotations: { 'k8s.io/initial-events-end': 'true' },
            },
          },
        }),
      );
    }
  } else {
    const from = Number(rv);
    if (!Number.isInteger(from) || from < 0)
      throw errors.badRequest(`invalid resource version: ${rv}`);
    const replay = context.store.events.since(from);
    if (!replay) {
      const gone = errors.gone(
        `too old resource version: ${from} (${context.store.events.oldestAvailable() + 1})`,
      );
      sink.send(JSON.stringify({ type: 'ERROR', object: gone.toStatus() }));
      sink.close();
      return;
    }
    for (const event of replay) if (event.typeKey === key) deliver(event);
  }

  const unsubscribe = context.store.subscribe((event) => {
    if (event.typeKey === key) deliver(event);
  });
  const timers: NodeJS.Timeout[] = [];
  if (params.timeoutSeconds !== undefined && params.timeoutSeconds > 0) {
    timers.push(setTimeout(() => sink.close(), params.timeoutSeconds * 1000));
  }
  timers.push(
    setInterval(() => {
      if (context.faults.shouldDropWatch()) sink.close();
    }, 1000),
  );
  for (const timer of timers) timer.unref();
  sink.onClose(() => {
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
  });
}
