import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { launchOverlayMock } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { makeVM } from '../take/takeSnapshotFixtures';
import { LazyTakeSnapshotModal } from '../lazyModals';
import useVMSnapshotActionsDefault, { useVMSnapshotActions } from './useVMSnapshotActions';

const vm = makeVM();
const accessReview = {
  group: 'snapshot.kubevirt.io',
  resource: 'virtualmachinesnapshots',
  verb: 'create',
  namespace: 'ns',
};

const takeSnapshot = (actions: Action[]) => actions.find((a) => a.id === 'vdp-take-snapshot');

describe('useVMSnapshotActions', () => {
  it('is exported as the default (the $codeRef) and by name', () => {
    expect(useVMSnapshotActionsDefault).toBe(useVMSnapshotActions);
  });

  it('offers Take snapshot with an access review, launching the modal', () => {
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    const [actions, loaded, error] = result.current;
    expect(loaded).toBe(true);
    expect(error).toBeUndefined();
    // Then the console's defaults our provider replaces (useConsoleDefaultVMActions.spec.ts).
    expect(actions.map((a) => a.id)).toEqual([
      'vdp-take-snapshot',
      'vdp-vm-edit-labels',
      'vdp-vm-edit-annotations',
      'vdp-vm-edit',
      'vdp-vm-delete',
    ]);
    const action = takeSnapshot(actions)!;
    expect(action).toMatchObject({
      id: 'vdp-take-snapshot',
      label: 'Take snapshot',
      disabled: false,
      disabledTooltip: undefined,
      accessReview,
    });
    expect(typeof action.cta).toBe('function');
    (action.cta as () => void)();
    expect(launchOverlayMock).toHaveBeenCalledWith(LazyTakeSnapshotModal, { vm });
  });

  it('scenario 14: without create permission the action is disabled with the reason', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    expect(takeSnapshot(result.current[0])).toMatchObject({
      disabled: true,
      disabledTooltip:
        'You do not have permission to create VirtualMachineSnapshots in namespace ns.',
      accessReview,
    });
  });

  it('is disabled with the reason while a restore is in progress', () => {
    const restoring = makeVM({ status: { printableStatus: 'Stopped', restoreInProgress: 'r1' } });
    const { result } = renderHook(() => useVMSnapshotActions(restoring));
    expect(takeSnapshot(result.current[0])).toMatchObject({
      disabled: true,
      disabledTooltip: 'Restore r1 of this VM is in progress. Wait until it completes.',
    });
  });

  it('is not loaded while the permission check is pending', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, true]);
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    expect(result.current[1]).toBe(false);
  });

  it('adds no Take snapshot when kubevirt-plugin is active (KUBEVIRT_DYNAMIC)', () => {
    jest.mocked(useFlag).mockImplementation((flag) => flag === 'KUBEVIRT_DYNAMIC');
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    expect(result.current).toEqual([[], true, undefined]);
  });

  // useFlag is typed boolean, but the console answers undefined while a flag is pending.
  const PENDING = undefined as unknown as boolean;

  it('adds no Take snapshot while it is not known whether kubevirt-plugin draws the page', () => {
    jest.mocked(useFlag).mockReturnValue(PENDING);
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    expect(result.current).toEqual([[], false, undefined]);
  });

  it('adds no Take snapshot when kubevirt-plugin is enabled but its flag is still pending', () => {
    jest
      .mocked(useFlag)
      .mockImplementation((flag) => (flag === 'VDP_WITHOUT_KUBEVIRT_PLUGIN' ? false : PENDING));
    const { result } = renderHook(() => useVMSnapshotActions(vm));
    expect(result.current).toEqual([[], true, undefined]);
  });

  it('returns the same result between renders when nothing changed', () => {
    const { result, rerender } = renderHook(() => useVMSnapshotActions(vm));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
