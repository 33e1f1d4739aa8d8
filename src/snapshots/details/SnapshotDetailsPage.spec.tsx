import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '../../../__mocks__/@openshift-console/dynamic-plugin-sdk';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { makeRestore } from '../../test-utils/fixtures';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import {
  makeContent,
  makeReadySnapshot,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { MemoryRouter } from 'react-router';
import { SnapshotDetailsPage } from './SnapshotDetailsPage';

const snapshot = makeReadySnapshot('snap-1', {
  sourceIndications: [
    { indication: 'Online', message: 'Snapshot taken while the VM was running' },
    { indication: 'NoGuestAgent', message: 'No guest agent: file systems were not frozen' },
  ],
  error: { message: 'VolumeSnapshots (vmsnapshot-datadisk) missing', time: '2026-11-02T00:00:00Z' },
  conditions: [
    { type: 'Progressing', status: 'False', reason: 'Operation complete' },
    { type: 'Ready', status: 'True', reason: 'Ready' },
  ],
});
snapshot.spec.failureDeadline = '10m';

const vm: V1VirtualMachine = makeVMWithSpec(undefined, {
  printableStatus: 'Stopped',
  volumeSnapshotStatuses: [
    {
      name: 'cloudinitdisk',
      enabled: false,
      reason: 'Snapshot is not supported for this volumeSource type [cloudinitdisk]',
    },
  ],
});

const volumeSnapshots = [
  { metadata: { name: 'vmsnapshot-rootdisk', namespace: 'ns' }, status: { readyToUse: true } },
  {
    metadata: { name: 'vmsnapshot-datadisk', namespace: 'ns' },
    status: { readyToUse: false, error: { message: 'snapshot controller failed' } },
  },
];

const world = (over: Record<string, WatchAnswer> = {}) =>
  mockWatches({
    'VirtualMachineSnapshot/snap-1': [snapshot, true],
    'VirtualMachine/vm-a': [vm, true],
    VirtualMachineSnapshotContent: [[makeContent()], true],
    VolumeSnapshot: [volumeSnapshots, true],
    VirtualMachineRestore: [
      [
        {
          ...makeRestore('r-done', 'snap-1', 'vm-a', {
            complete: true,
            restoreTime: '2026-11-02T09:00:00Z',
          }),
        },
        makeRestore('r-other-snap', 'snap-9', 'vm-a', {
          complete: true,
          restoreTime: '2026-11-05T09:00:00Z',
        }),
      ],
      true,
    ],
    ...over,
  });

const page = () => (
  <MemoryRouter>
    <SnapshotDetailsPage name="snap-1" namespace="ns" />
  </MemoryRouter>
);
const renderPage = () => render(page());
const detail = (id: string) => screen.getByTestId(`detail-${id}`);

describe('Snapshot details page (scenario 28)', () => {
  it('shows the snapshot, its source VM, status and explained indications', () => {
    world();
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'snap-1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Snapshots of vm-a' })).toHaveAttribute(
      'href',
      '/k8s/ns/ns/kubevirt.io~v1~VirtualMachine/vm-a/snapshots',
    );
    expect(within(detail('source')).getByTestId('source-vm-link')).toHaveAttribute(
      'href',
      '/k8s/ns/ns/kubevirt.io~v1~VirtualMachine/vm-a',
    );
    expect(within(detail('status')).getByTestId('status')).toHaveTextContent('Ready');
    expect(detail('ready')).toHaveTextContent('Yes');
    expect(detail('created')).toHaveTextContent('2026-11-01T10:00:05Z');
    expect(detail('deadline')).toHaveTextContent('10m');
    expect(detail('last-restored')).toHaveTextContent('2026-11-02T09:00:00Z');
    expect(screen.getByTestId('indication-NoGuestAgent')).toHaveTextContent(
      'NoGuestAgent No guest agent was connected, so the file systems were not frozen: the disks are crash-consistent. KubeVirt: “No guest agent: file systems were not frozen”',
    );
    expect(screen.getByTestId('indication-Online')).toHaveTextContent('Online');
    expect(detail('error')).toHaveTextContent('VolumeSnapshots (vmsnapshot-datadisk) missing');
  });

  it('lists included and excluded volumes with reasons, and the conditions', () => {
    world();
    renderPage();
    expect(within(screen.getByTestId('volume-rootdisk')).getByText('Included')).toBeInTheDocument();
    const cloudInit = screen.getByTestId('volume-cloudinitdisk');
    expect(cloudInit).toHaveTextContent('Excluded');
    expect(cloudInit).toHaveTextContent('This kind of volume cannot be snapshotted.');
    expect(cloudInit).toHaveTextContent(
      'Snapshot is not supported for this volumeSource type [cloudinitdisk]',
    );
    const conditions = within(screen.getByTestId('conditions')).getAllByRole('row');
    expect(conditions.map((row) => row.textContent)).toEqual([
      'TypeStatusReasonMessageUpdated',
      'ProgressingFalseOperation complete--',
      'ReadyTrueReady--',
    ]);
  });

  it('shows the content and each volume backup with PVC, size, class and VolumeSnapshot readiness', () => {
    world();
    renderPage();
    expect(screen.getByTestId('content-link')).toHaveAttribute(
      'href',
      '/k8s/ns/ns/snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshotContent/vmsc-snap-1',
    );
    const root = screen.getByTestId('backup-rootdisk');
    expect(root).toHaveTextContent('vm-a-rootdisk30Gifastvmsnapshot-rootdiskReady');
    const data = screen.getByTestId('backup-datadisk');
    expect(data).toHaveTextContent(
      'vm-a-data10Gifastvmsnapshot-datadiskNot readysnapshot controller failed',
    );
  });

  it('falls back to the content status when VolumeSnapshots cannot be listed', () => {
    const content = makeContent();
    content.status = {
      readyToUse: true,
      volumeSnapshotStatus: [
        { volumeSnapshotName: 'vmsnapshot-rootdisk', readyToUse: true },
        { volumeSnapshotName: 'vmsnapshot-datadisk', readyToUse: true },
      ],
    };
    world({
      VirtualMachineSnapshotContent: [[content], true],
      VolumeSnapshot: [undefined, false, new HttpError('volumesnapshots is forbidden', 403)],
    });
    renderPage();
    expect(within(screen.getByTestId('backup-datadisk')).getByTestId('status')).toHaveTextContent(
      'Ready',
    );
  });

  it('lists only the restores of this snapshot, with their state', () => {
    world({
      VirtualMachineRestore: [
        [
          makeRestore('r-done', 'snap-1', 'vm-a', {
            complete: true,
            restoreTime: '2026-11-02T09:00:00Z',
          }),
          makeRestore('r-failed', 'snap-1', 'vm-a', {
            complete: false,
            conditions: [
              {
                type: 'Failure',
                status: 'True',
                reason: 'Restore target failed to be ready within 5m0s',
              },
            ],
          }),
          makeRestore('r-other-snap', 'snap-9', 'vm-a', { complete: true }),
        ],
        true,
      ],
    });
    renderPage();
    const table = screen.getByTestId('snapshot-restores');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByTestId('restore-r-done')).toHaveTextContent('Complete');
    expect(screen.getByTestId('restore-r-failed')).toHaveTextContent(
      'FailedRestore target failed to be ready within 5m0s',
    );
  });

  it('19: "Last restored" and the restore state update when the restore completes', () => {
    const running = makeRestore('r-new', 'snap-1', 'vm-a', {
      complete: false,
      conditions: [{ type: 'Progressing', status: 'True', reason: 'Creating new PVCs' }],
    });
    world({ VirtualMachineRestore: [[running], true] });
    const { rerender } = renderPage();
    expect(detail('last-restored')).toHaveTextContent('Never');
    expect(screen.getByTestId('restore-r-new')).toHaveTextContent('In progressCreating new PVCs');
    world({
      VirtualMachineRestore: [
        [{ ...running, status: { complete: true, restoreTime: '2026-11-06T07:00:00Z' } }],
        true,
      ],
    });
    rerender(page());
    expect(detail('last-restored')).toHaveTextContent('2026-11-06T07:00:00Z');
    expect(screen.getByTestId('restore-r-new')).toHaveTextContent('Complete');
  });

  it('says the source VM was deleted, or that a newer VM has its name', () => {
    world({ 'VirtualMachine/vm-a': [undefined, false, new HttpError('not found', 404)] });
    const { unmount } = renderPage();
    expect(screen.getByTestId('source-vm-deleted')).toHaveTextContent('vm-a (deleted)');
    unmount();
    world({
      'VirtualMachine/vm-a': [{ ...vm, metadata: { ...vm.metadata, uid: 'uid-new-vm' } }, true],
    });
    renderPage();
    expect(screen.getByTestId('source-vm-newer')).toHaveTextContent(
      'A newer VM with the same name',
    );
  });

  it('28: offers Restore and Create VM with the same gating as the row menu', async () => {
    world({ 'VirtualMachine/vm-a': [undefined, false, new HttpError('not found', 404)] });
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.getByRole('menuitem', { name: /Restore VM from snapshot/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('menuitem', { name: /Create VM from snapshot/ })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('has a YAML tab', () => {
    world();
    renderPage();
    expect(
      within(screen.getByRole('region', { name: 'YAML' })).getByTestId('yaml'),
    ).toHaveTextContent('"name": "snap-1"');
  });

  it('says when the snapshot does not exist, and shows other load errors', () => {
    world({ 'VirtualMachineSnapshot/snap-1': [undefined, false, new HttpError('not found', 404)] });
    const { unmount } = renderPage();
    expect(screen.getByTestId('snapshot-missing')).toHaveTextContent('Snapshot not found');
    unmount();
    world({
      'VirtualMachineSnapshot/snap-1': [
        undefined,
        false,
        new HttpError('virtualmachinesnapshots is forbidden', 403),
      ],
    });
    renderPage();
    expect(screen.getByTestId('snapshot-missing')).toHaveTextContent(
      'virtualmachinesnapshots is forbidden',
    );
  });
});
