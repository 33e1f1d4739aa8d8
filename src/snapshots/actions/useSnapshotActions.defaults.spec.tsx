import { renderHook } from '@testing-library/react';
import {
  launchAnnotationsModalMock,
  launchLabelsModalMock,
} from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import { makeReadySnapshot, makeVMWithSpec } from '../../test-utils/snapshotContentFixtures';
import { useSnapshotActions } from './useSnapshotActions';

// A console.action/resource-provider for a kind removes the generic list's default actions
// (console-runtime.md §5): ours must offer them itself.
describe('useSnapshotActions: the console default actions it replaces', () => {
  it('offers Edit labels, Edit annotations and Edit (YAML), each with its access review', () => {
    mockWatches({ 'VirtualMachine/vm-a': [makeVMWithSpec(), true] });
    const snapshot = makeReadySnapshot();
    const { result } = renderHook(() => useSnapshotActions(snapshot));
    const [actions] = result.current;
    expect(actions.map((a) => a.label)).toEqual([
      'Restore VM from snapshot',
      'Create VM from snapshot',
      'Delete snapshot',
      'Edit labels',
      'Edit annotations',
      'Edit VirtualMachineSnapshot',
    ]);
    const byId = (id: string) => actions.find((a) => a.id === id);
    expect(byId('vdp-snapshot-edit')?.cta).toEqual({
      href: '/k8s/ns/ns/snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshot/snap-1/yaml',
    });
    expect(byId('vdp-snapshot-edit-labels')?.accessReview).toEqual({
      group: 'snapshot.kubevirt.io',
      resource: 'virtualmachinesnapshots',
      verb: 'patch',
      namespace: 'ns',
      name: 'snap-1',
    });
    (byId('vdp-snapshot-edit-labels')?.cta as () => void)();
    (byId('vdp-snapshot-edit-annotations')?.cta as () => void)();
    expect(launchLabelsModalMock).toHaveBeenCalledTimes(1);
    expect(launchAnnotationsModalMock).toHaveBeenCalledTimes(1);
  });
});
