import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { WatchEntry } from './watch-entry';
import { acquireWatch, activeWatchCount, watchId } from './watch-store';

jest.mock('./watch-entry', () => ({
  WatchEntry: jest.fn().mockImplementation(() => ({
    listeners: new Set(),
    start: jest.fn(),
    stop: jest.fn(),
    snapshot: { data: [], loaded: false, loadError: undefined },
  })),
}));

const model = {
  apiGroup: 'kubevirt.io',
  apiVersion: 'v1',
  kind: 'VirtualMachine',
  plural: 'virtualmachines',
  namespaced: true,
} as K8sModel;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('shared watches', () => {
  it('gives callers of the same request one watch, and stops it shortly after the last leaves', () => {
    const query = { model, isList: true, ns: 'demo' };
    const id = watchId(query);
    expect(id).toBe('kubevirt.io~v1~VirtualMachine---{"isList":true,"ns":"demo"}');
    const leaveA = acquireWatch(id, query, () => undefined);
    const leaveB = acquireWatch(id, { ...query }, () => undefined);
    expect(WatchEntry).toHaveBeenCalledTimes(1);
    const entry = jest.mocked(WatchEntry).mock.results[0]?.value as { stop: jest.Mock };
    leaveA();
    leaveB();
    // Leaving and rejoining in one render does not restart the watch.
    const leaveC = acquireWatch(id, query, () => undefined);
    jest.advanceTimersByTime(500);
    expect(entry.stop).not.toHaveBeenCalled();
    leaveC();
    jest.advanceTimersByTime(500);
    expect(entry.stop).toHaveBeenCalledTimes(1);
    expect(activeWatchCount()).toBe(0);
  });

  it('keeps different requests apart', () => {
    const a = { model, isList: true, ns: 'demo' };
    const b = { model, isList: true, ns: 'other' };
    const leaves = [
      acquireWatch(watchId(a), a, () => undefined),
      acquireWatch(watchId(b), b, () => undefined),
    ];
    expect(activeWatchCount()).toBe(2);
    leaves.forEach((leave) => leave());
    jest.advanceTimersByTime(500);
    expect(activeWatchCount()).toBe(0);
  });
});
