import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
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

  it('turns a watch error into an Error with the server message and hides stale data', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([{ metadata: { name: 'x' } }, true, { message: 'gone' }]);
    const { result } = renderHook(() => useWatchObject(VirtualMachineSnapshotModel, 'x', 'demo'));
    expect(result.current.data).toBeUndefined();
    expect(result.current.error?.message).toBe('gone');
  });
});
