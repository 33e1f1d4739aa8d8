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
  drop(code = 1006) {
    this.onclose?.({ code });
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
const obj = (name: string, rv: string, extra: object = {}): K8sResourceCommon => ({
  metadata: { name, namespace: 'demo', resourceVersion: rv },
  ...extra,
});
const list = (items: K8sResourceCommon[], rv: string, more?: string) => ({
  metadata: { resourceVersion: rv, ...(more ? { continue: more } : {}) },
  items,
});
const names = (entry: WatchEntry) =>
  (entry.snapshot.data as K8sResourceCommon[]).map((o) => o.metadata?.name).sort();
const lastSocket = () => FakeSocket.all[FakeSocket.all.length - 1];
const wait = (ms: number) => jest.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  jest.useFakeTimers();
  FakeSocket.all = [];
  (globalThis as unknown as { WebSocket: unknown }).WebSocket = FakeSocket;
  jest.mocked(k8sListRaw).mockReset();
  jest.mocked(k8sGet).mockReset();
});
afterEach(() => jest.useRealTimers());

const startList = async (first = list([obj('a', '1'), obj('b', '2')], '5')) => {
  jest.mocked(k8sListRaw).mockResolvedValueOnce(first);
  const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
  entry.start();
  await wait(0);
  return entry;
};

describe('list watch (watchK8sList rules)', () => {
  it('lists every page, watches from the list resourceVersion, applies events in 500 ms batches', async () => {
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([obj('a', '1')], '10', 'next'));
    const entry = await startList(list([obj('b', '2')], '10'));
    expect(jest.mocked(k8sListRaw).mock.calls[1]?.[0].queryParams).toMatchObject({
      continue: 'next',
      limit: 250,
    });
    expect(names(entry)).toEqual(['a', 'b']);
    expect(lastSocket().url).toContain(
      '/namespaces/demo/virtualmachinesnapshots?watch=true&resourceVersion=10',
    );
    lastSocket().send('ADDED', obj('c', '11'));
    lastSocket().send('DELETED', obj('a', '12'));
    await wait(400);
    expect(names(entry)).toEqual(['a', 'b']);
    await wait(100);
    expect(names(entry)).toEqual(['b', 'c']);
  });

  it('after close code 1006 keeps the data and re-lists only after 15 s', async () => {
    const entry = await startList();
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([obj('b', '2'), obj('c', '7')], '8'));
    lastSocket().drop(1006);
    await wait(14_000);
    expect(k8sListRaw).toHaveBeenCalledTimes(1);
    expect(names(entry)).toEqual(['a', 'b']);
    expect(entry.snapshot.loadError).toBeUndefined();
    await wait(1_000);
    expect(k8sListRaw).toHaveBeenCalledTimes(2);
    expect(names(entry)).toEqual(['b', 'c']);
    expect(lastSocket().url).toContain('resourceVersion=8');
  });

  it('after another close reconnects from the old resourceVersion, without re-listing', async () => {
    await startList();
    lastSocket().drop(1000);
    await wait(1_000);
    expect(FakeSocket.all).toHaveLength(2);
    expect(lastSocket().url).toContain('resourceVersion=5');
    expect(k8sListRaw).toHaveBeenCalledTimes(1);
  });

  it('ignores ERROR events (410 Gone) and gives up after 60 s of failed reconnects', async () => {
    const entry = await startList();
    lastSocket().send('ERROR', { kind: 'Status', code: 410, metadata: {} });
    await wait(500);
    expect(lastSocket().closed).toBe(false);
    expect(entry.snapshot.loadError).toBeUndefined();
    for (let i = 0; i < 12; i += 1) {
      lastSocket().drop(1000);
      await wait(20_000);
    }
    const sockets = FakeSocket.all.length;
    await wait(120_000);
    expect(FakeSocket.all).toHaveLength(sockets);
    expect(k8sListRaw).toHaveBeenCalledTimes(1);
    expect(names(entry)).toEqual(['a', 'b']);
  });

  it('reports a failed first list and tries again every 15 s', async () => {
    jest.mocked(k8sListRaw).mockRejectedValueOnce(new HttpError('unavailable', 503));
    const entry = new WatchEntry({ model, isList: true, ns: 'demo' });
    entry.start();
    await wait(0);
    expect(entry.snapshot).toMatchObject({ loaded: false, data: [] });
    expect((entry.snapshot.loadError as HttpError).code).toBe(503);
    jest.mocked(k8sListRaw).mockResolvedValueOnce(list([obj('a', '1')], '3'));
    await wait(15_000);
    expect(entry.snapshot).toMatchObject({ loaded: true, loadError: undefined });
    expect(names(entry)).toEqual(['a']);
  });

  it('stops: closes the socket and ignores late answers', async () => {
    const entry = await startList();
    entry.stop();
    expect(lastSocket().closed).toBe(true);
    lastSocket().drop();
    await wait(60_000);
    expect(k8sListRaw).toHaveBeenCalledTimes(1);
  });
});

describe('single-object watch (watchK8sObject rules)', () => {
  const start = async () => {
    const entry = new WatchEntry({ model, isList: false, ns: 'demo', name: 'a' });
    expect(entry.snapshot).toEqual({ data: null, loaded: false, loadError: undefined });
    entry.start();
    await wait(0);
    return entry;
  };

  it('gets the object and watches it by name; DELETED is kept as data, the 404 comes from the 30 s poll', async () => {
    jest.mocked(k8sGet).mockResolvedValueOnce(obj('a', '4'));
    const entry = await start();
    expect(entry.snapshot).toEqual({ data: obj('a', '4'), loaded: true, loadError: undefined });
    expect(lastSocket().url).toContain('watch=true&fieldSelector=metadata.name%3Da');
    const last = obj('a', '5', { status: { phase: 'Succeeded' } });
    lastSocket().send('DELETED', last);
    await wait(500);
    expect(entry.snapshot).toEqual({ data: last, loaded: true, loadError: undefined });
    jest.mocked(k8sGet).mockRejectedValue(new HttpError('not found', 404));
    await wait(30_000);
    expect(entry.snapshot.data).toEqual(last);
    expect((entry.snapshot.loadError as HttpError).code).toBe(404);
  });

  it('keeps an error through identical answers and clears it when the object changes', async () => {
    jest.mocked(k8sGet).mockResolvedValueOnce(obj('a', '4'));
    const entry = await start();
    jest.mocked(k8sGet).mockRejectedValueOnce(new HttpError('unavailable', 503));
    await wait(30_000);
    expect((entry.snapshot.loadError as HttpError).code).toBe(503);
    expect(entry.snapshot.data).toEqual(obj('a', '4'));
    jest.mocked(k8sGet).mockResolvedValueOnce(obj('a', '9'));
    await wait(30_000);
    expect((entry.snapshot.loadError as HttpError).code).toBe(503);
    lastSocket().send('MODIFIED', obj('a', '10', { spec: { changed: true } }));
    await wait(500);
    expect(entry.snapshot.loadError).toBeUndefined();
  });

  it('reports a failed first GET and shows the object when the watch brings it', async () => {
    jest.mocked(k8sGet).mockRejectedValue(new HttpError('not found', 404));
    const entry = await start();
    expect(entry.snapshot.data).toBeNull();
    expect((entry.snapshot.loadError as HttpError).code).toBe(404);
    lastSocket().send('ADDED', obj('a', '9'));
    await wait(500);
    expect(entry.snapshot).toEqual({ data: obj('a', '9'), loaded: true, loadError: undefined });
  });
});
