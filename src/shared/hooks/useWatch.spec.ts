import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { VirtualMachineSnapshotModel } from '../k8s/models';
import { useWatchList, useWatchObject } from './useWatch';

describe('useWatchList / useWatchObject', () => {
  it('watches a namespace by group, version and kind', () => {
    renderHook(() => useWatchList(VirtualMachineSnapshotModel, 'demo'));
    expect(jest.mocked(useK8sWatchResource)).toHaveBeenLastCalledWith({
      groupVersionKind: {
        group: 'snapshot.kubevirt.io',
        version: 'v1beta1',
        kind: 'VirtualMachineSnapshot',
      },
      namespace: 'demo',
      namespaced: true,
      isList: true,
      selector: undefined,
    });
  });

  it('watches nothing, not the whole cluster, while the namespace is unknown', () => {
    const { result } = renderHook(() => useWatchList(VirtualMachineSnapshotModel, undefined));
    expect(jest.mocked(useK8sWatchResource)).toHaveBeenLastCalledWith(null);
    expect(result.current).toEqual({ data: [], loaded: false, error: undefined });
  });

  it('watches all namespaces only when asked with an empty namespace', () => {
    renderHook(() => useWatchList(VirtualMachineSnapshotModel, ''));
    expect(jest.mocked(useK8sWatchResource).mock.lastCall?.[0]).toMatchObject({
      namespace: undefined,
      isList: true,
    });
  });

  it('turns a watch error into an Error with the server message and keeps the data shown', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([{ metadata: { name: 'x' } }, true, { message: 'unavailable', code: 503 }]);
    const { result } = renderHook(() => useWatchObject(VirtualMachineSnapshotModel, 'x', 'demo'));
    expect(result.current.data).toEqual({ metadata: { name: 'x' } });
    expect(result.current.error?.message).toBe('unavailable');
    expect(result.current.deleted).toBe(false);
  });

  it('recognises a deleted object: a 404 from the poll, or the state a DELETED event leaves', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([{ metadata: { name: 'x' } }, true, { message: 'not found', code: 404 }]);
    const { result, rerender } = renderHook(() =>
      useWatchObject(VirtualMachineSnapshotModel, 'x', 'demo'),
    );
    expect(result.current).toMatchObject({ data: undefined, deleted: true });
    const last = { metadata: { name: 'x', deletionTimestamp: '2026-11-01T00:00:00Z' } };
    jest.mocked(useK8sWatchResource).mockReturnValue([last, true, undefined]);
    rerender();
    expect(result.current).toMatchObject({ data: undefined, deleted: true, error: undefined });
    const finalizing = { metadata: { ...last.metadata, finalizers: ['snapshot.kubevirt.io'] } };
    jest.mocked(useK8sWatchResource).mockReturnValue([finalizing, true, undefined]);
    rerender();
    expect(result.current).toMatchObject({ data: finalizing, deleted: false });
  });

  it("treats the console's null (still loading) as no data", () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([null as unknown as K8sResourceCommon, false, undefined]);
    const { result } = renderHook(() => useWatchObject(VirtualMachineSnapshotModel, 'x', 'demo'));
    expect(result.current).toEqual({
      data: undefined,
      loaded: false,
      error: undefined,
      deleted: false,
    });
  });
});
