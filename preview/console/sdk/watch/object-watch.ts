import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { k8sGet } from '../k8s-resource';
import { resourceURL } from '../k8s-url';
import { ReconnectingSocket } from './reconnecting-socket';
import type { WatchQuery, WatchSnapshot } from './watch-types';

/** `watchK8sObject` GETs the object again every 30 s; only that GET can report a 404. */
export const POLL_MS = 30_000;

const withoutVersion = (o: K8sResourceCommon | null) =>
  o ? JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } }) : '';

/**
 * A single-object watch with the console's rules (console-runtime.md §2): data is null while
 * loading; every event, DELETED included, becomes the data (no error); a GET every 30 s sets
 * `loadError` on failure and keeps the data; an answer equal but for its resourceVersion
 * changes nothing, so an error stays until the object really changes.
 */
export class ObjectWatch {
  private object: K8sResourceCommon | null = null;
  private socket: ReconnectingSocket | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;

  constructor(
    private readonly query: WatchQuery,
    private readonly publish: (patch: Partial<WatchSnapshot>) => void,
  ) {}

  start() {
    void this.get();
    this.timer = setInterval(() => void this.get(), POLL_MS);
    const { model, ns, name } = this.query;
    const path = resourceURL(model, {
      ns,
      queryParams: { watch: 'true', fieldSelector: `metadata.name=${name ?? ''}` },
    });
    this.socket = new ReconnectingSocket(path, {
      onEvents: (events) => events.forEach((e) => this.modify(e.object)),
    });
  }

  stop() {
    this.stopped = true;
    clearInterval(this.timer);
    this.socket?.destroy();
  }

  private async get() {
    const { model, ns, name } = this.query;
    try {
      const obj = await k8sGet<K8sResourceCommon>({ model, ns, name });
      if (!this.stopped) {
        this.modify(obj);
      }
    } catch (e) {
      if (!this.stopped) {
        this.publish({ loadError: e });
      }
    }
  }

  private modify(obj: K8sResourceCommon) {
    if (this.object && withoutVersion(this.object) === withoutVersion(obj)) {
      return;
    }
    this.object = obj;
    this.publish({ data: obj, loaded: true, loadError: undefined });
  }
}
