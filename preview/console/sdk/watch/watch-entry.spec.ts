import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '../http-error';
import { k8sGet, k8sListRaw } from '../k8s-resource';
import { WatchEntry } from './watch-entry';

jest.mock('../k8s-resource', () => ({ k8sGet: jest.fn(), k8sListRaw: jest.fn() }));

/** A stand-in for the browser WebSocket: tests push frames and close it. */
class FakeSocket {
  static all: FakeSocket[] = [];
  onopen?: () => void;
  onmessage?: (m: { data: string }) => void;
  onclose?: (e: { code: number }) => void;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(type: string, object: object) {
    this.onmessage?.({ data: JSON.stringify({ type, object }) });
  }
  close() {
    this.closed = true;
  }
  drop() {
    this.onclose?.({ code: 1006 });
  }
}

const model: K8sModel = {
  apiGroup: 'snapshot.kubevirt.io',
  apiVersion: 'v1beta1',
  kind: 'VirtualMachineSnapshot',
  plural: 'virtualmachinesnapshots',
  abbr: 'VMS',
  label: 'VirtualMachineSnapshot',
  labelPlural: 'VirtualMachineSnapshots',
  namespaced: true,
};
const obj = (name: string, rv: string): K8sResourceCommon => ({
  metadata: { name, namespace: 'demo', resourceVersion: rv },
});
const list = (items: K8sResourceCommon[], rv: string, more?: string) => ({
  metadata: { resourceVersion: rv, ...(more ? { continue: more } : {}) },
  items,
});
const names = (entry: WatchEntry) =>
  (entry.snapshot.data as K8sResourceCommon[]).map((o) => o.metadata?.name).sort();
const lastSocket = () => FakeSocket.all[FakeSocket.all.length - 1];

beforeEach(() => {
  jest.useFakeTimers();
  FakeSocket.all = [];
  (globalThis as unknown as { WebSocket: unknown }).WebSocket = FakeSocket;
  jest.mocked(k8sListRaw).mockReset();
  jest.mocked(k8sGet).mockReset();
});
afterEach(() => jest.useRealTimers());

const flush = async () => {
  await jest.advanceTimersByTimeAsync(60);
};

describe('WatchEntry (list)', () => {
  it('lists every page, then watches from the list resourceVersion', async () => {
    jest
      .mocked(k8sListRaw)
      .mockResolvedValueOnce(list([obj('a', '1')], '10', 'next'))
      .mockResolvedValueOnce(list([obj('b', '2')], '10'));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await flush();
    expect(jest.mocked(k8sListRaw).mock.calls[1]?.[0].queryParams).toMatchObject({
      continue: 'next',
      limit: 250,
    });
    expect(names(entry)).toEqual(['a', 'b']);
    expect(entry.snapshot.loaded).toBe(true);
    expect(lastSocket().url).toContain(
      '/namespaces/demo/virtualmachinesnapshots?watch=true&resourceVersion=10',
    );

    lastSocket().send('ADDED', obj('c', '11'));
    lastSocket().send('DELETED', obj('a', '12'));
    await flush();
    expect(names(entry)).toEqual(['b', 'c']);
  });

  it('after a drop, waits, relists (objects deleted meanwhile go) and watches again', async () => {
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([obj('a', '1'), obj('b', '2')], '5'));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await flush();
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([obj('b', '2'), obj('c', '7')], '8'));
    lastSocket().drop();
    expect(names(entry)).toEqual(['a', 'b']); // data stays while disconnected
    await jest.advanceTimersByTimeAsync(1000);
    expect(k8sListRaw).toHaveBeenCalledTimes(2);
    expect(names(entry)).toEqual(['b', 'c']);
    expect(FakeSocket.all).toHaveLength(2);
    expect(lastSocket().url).toContain('resourceVersion=8');
  });

  it('backs off longer after each failed resync and reports the error', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: 500 ms, then 1 s
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([], '1'));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await flush();
    jest.mocked(k8sListRaw).mockRejectedValue(new HttpError('unavailable', 503));
    lastSocket().drop();
    await jest.advanceTimersByTimeAsync(700); // first retry after ~500 ms
    expect(k8sListRaw).toHaveBeenCalledTimes(2);
    expect((entry.snapshot.loadError as HttpError).code).toBe(503);
    await jest.advanceTimersByTimeAsync(700); // next one only after ~1 s
    expect(k8sListRaw).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(600);
    expect(k8sListRaw).toHaveBeenCalledTimes(3);
    jest.mocked(Math.random).mockRestore();
  });

  it('relists at once on 410 Gone', async () => {
    jest.mocked(k8sListRaw).mockResolvedValue(list([obj('a', '1')], '3'));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await flush();
    lastSocket().send('ERROR', { kind: 'Status', code: 410, metadata: {} });
    await flush();
    expect(k8sListRaw).toHaveBeenCalledTimes(2);
    expect(FakeSocket.all[0]?.closed).toBe(true);
  });

  it('stops: closes the socket and ignores late answers', async () => {
    jest.mocked(k8sListRaw).mockResolvedValue(list([obj('a', '1')], '3'));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await flush();
    entry.stop();
    expect(lastSocket().closed).toBe(true);
    lastSocket().drop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(k8sListRaw).toHaveBeenCalledTimes(1);
  });
});

describe('WatchEntry (one object)', () => {
  it('gets the object, then watches it by name', async () => {
    jest.mocked(k8sGet).mockResolvedValue(obj('a', '4'));
    const entry = new WatchEntry({ model, isList: false, ns: 'demo', name: 'a' });
    entry.start();
    await flush();
    expect(entry.snapshot).toMatchObject({ loaded: true, data: obj('a', '4') });
    expect(lastSocket().url).toContain('fieldSelector=metadata.name%3Da&resourceVersion=4');
    lastSocket().send('DELETED', obj('a', '5'));
    await flush();
    expect((entry.snapshot.loadError as HttpError).code).toBe(404);
  });

  it('reports 404 and still watches, so a later creation shows up', async () => {
    jest.mocked(k8sGet).mockRejectedValue(new HttpError('not found', 404));
    const entry = new WatchEntry({ model, isList: false, ns: 'demo', name: 'a' });
    entry.start();
    await flush();
    expect(entry.snapshot.loaded).toBe(false);
    expect((entry.snapshot.loadError as HttpError).code).toBe(404);
    lastSocket().send('ADDED', obj('a', '9'));
    await flush();
    expect(entry.snapshot).toMatchObject({
      loaded: true,
      loadError: undefined,
      data: obj('a', '9'),
    });
  });
});
