import { useDeleteModal, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import {
  launchAnnotationsModalMock,
  launchDeleteModalMock,
  launchLabelsModalMock,
} from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useConsoleDefaultVMActions } from './useConsoleDefaultVMActions';
import type { VMActionProvider } from './useConsoleDefaultVMActions';

const vm: V1VirtualMachine = {
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'fedora-web', namespace: 'demo' },
  spec: { template: {} },
};

const review = (verb: string) => ({
  group: 'kubevirt.io',
  resource: 'virtualmachines',
  verb,
  namespace: 'demo',
  name: 'fedora-web',
});

/** Flags on (the rest off); a console without kubevirt-plugin unless told otherwise. */
const flagsOn = (...on: string[]) =>
  jest.mocked(useFlag).mockImplementation((flag) => on.includes(flag));

const defaultsFrom = (provider: VMActionProvider) =>
  renderHook(() => useConsoleDefaultVMActions(vm, provider)).result.current;

// useFlag is typed boolean, but the console answers undefined while a flag is pending.
const PENDING = undefined as unknown as boolean;

describe('useConsoleDefaultVMActions: the console defaults a VM provider of ours replaces', () => {
  it('on a plain console: the four of default-resource.tsx, in its order, each reviewed', () => {
    flagsOn('VDP_WITHOUT_KUBEVIRT_PLUGIN', 'VDP_VM_SNAPSHOT');
    const actions = defaultsFrom('snapshots');
    expect(
      actions.map(({ id, label, accessReview, path }) => [id, label, accessReview, path]),
    ).toEqual([
      ['vdp-vm-edit-labels', 'Edit labels', review('patch'), '$bottom'],
      ['vdp-vm-edit-annotations', 'Edit annotations', review('patch'), '$bottom'],
      ['vdp-vm-edit', 'Edit VirtualMachine', review('update'), '$bottom'],
      ['vdp-vm-delete', 'Delete VirtualMachine', review('delete'), '$bottom'],
    ]);
    expect(actions[2].cta).toEqual({
      href: '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/fedora-web/yaml',
    });
    // Each launches the SDK's own modal for this VM; Delete with no redirect of ours.
    for (const action of [actions[0], actions[1], actions[3]]) (action.cta as () => void)();
    expect(launchLabelsModalMock).toHaveBeenCalledTimes(1);
    expect(launchAnnotationsModalMock).toHaveBeenCalledTimes(1);
    expect(launchDeleteModalMock).toHaveBeenCalledTimes(1);
    expect(useDeleteModal).toHaveBeenLastCalledWith(vm);
  });

  it('once when both providers are in use: the snapshots provider brings them', () => {
    flagsOn('VDP_WITHOUT_KUBEVIRT_PLUGIN', 'VDP_VM_SNAPSHOT', 'VDP_VELERO');
    expect(defaultsFrom('snapshots')).toHaveLength(4);
    expect(defaultsFrom('backups')).toEqual([]);
  });

  it('from the backups provider when the snapshots provider is not in use', () => {
    flagsOn('VDP_WITHOUT_KUBEVIRT_PLUGIN', 'VDP_VELERO');
    expect(defaultsFrom('backups').map((a) => a.label)).toEqual([
      'Edit labels',
      'Edit annotations',
      'Edit VirtualMachine',
      'Delete VirtualMachine',
    ]);
  });

  it('none with kubevirt-plugin: its VM menu has its own', () => {
    flagsOn('KUBEVIRT_DYNAMIC', 'VDP_VM_SNAPSHOT', 'VDP_VELERO');
    expect(defaultsFrom('snapshots')).toEqual([]);
    expect(defaultsFrom('backups')).toEqual([]);
  });

  it('none while it is not known who draws the VM page (never two of each)', () => {
    jest.mocked(useFlag).mockReturnValue(PENDING);
    expect(defaultsFrom('snapshots')).toEqual([]);
    expect(defaultsFrom('backups')).toEqual([]);
  });
});
