import { render, screen } from '@testing-library/react';
import type { ReadinessInput } from './readinessChecks';
import { readinessChecks } from './readinessChecks';
import { ReadinessChecklist } from './ReadinessChecklist';

const ready: ReadinessInput = {
  oadpInstalled: true,
  dpa: {
    name: 'dpa-sample',
    reconciled: { status: 'True' },
    plugins: ['openshift', 'kubevirt', 'csi'],
    nodeAgent: true,
  },
  locations: [{ name: 'dpa-sample-1', phase: 'Available', isDefault: true }],
  dataMover: false,
  disks: [{ vm: 'fedora-web', pvc: 'fedora-web-rootdisk', driver: 'rbd' }],
  snapshotClasses: [{ name: 'ocs-rbd', driver: 'rbd', labelled: true }],
};

test('all is well: collapsed, saying so', () => {
  render(<ReadinessChecklist checks={readinessChecks(ready)} />);
  expect(screen.getByRole('button', { name: 'Readiness: all checks passed' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('kubevirt removed from the DPA: open, the problem with its reason and fix', () => {
  render(
    <ReadinessChecklist
      checks={readinessChecks({ ...ready, dpa: { ...ready.dpa!, plugins: ['openshift', 'csi'] } })}
    />,
  );
  expect(screen.getByRole('button', { name: 'Readiness: 1 item needs attention' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(screen.getByTestId('readiness-plugin-kubevirt')).toHaveAttribute('data-state', 'problem');
  expect(screen.getByTestId('readiness-plugin-kubevirt-reason')).toHaveTextContent(
    'Without kubevirt the VM, its instance and launcher pod are not backed up together.',
  );
  expect(screen.getByTestId('readiness-plugin-kubevirt-fix')).toHaveTextContent(
    "Fix: Add `kubevirt` to the DPA's `defaultPlugins`.",
  );
});

test('not readable: unknown, never shown as ready, and no fix offered', () => {
  render(
    <ReadinessChecklist
      checks={readinessChecks({ ...ready, dpa: undefined, snapshotClasses: undefined })}
    />,
  );
  expect(
    screen.getByRole('button', { name: 'Readiness: 5 items need attention' }),
  ).toBeInTheDocument();
  expect(screen.getByTestId('readiness-plugin-csi')).toHaveAttribute('data-state', 'unknown');
  expect(screen.getByTestId('readiness-plugin-csi-reason')).toHaveTextContent(
    'Could not be checked: not loaded yet, or you may not read it.',
  );
  expect(screen.queryByTestId('readiness-plugin-csi-fix')).not.toBeInTheDocument();
});

test('a disk no class can snapshot: the label fix names the driver', () => {
  render(
    <ReadinessChecklist
      checks={readinessChecks({
        ...ready,
        disks: [...ready.disks, { vm: 'mixed-storage', pvc: 'scratch', driver: 'local' }],
      })}
    />,
  );
  expect(screen.getByTestId('readiness-snapshot-class-reason')).toHaveTextContent(
    'No VolumeSnapshotClass for mixed-storage/scratch: they will not be backed up.',
  );
  expect(screen.getByTestId('readiness-snapshot-class-fix')).toHaveTextContent(
    'Fix: Label a VolumeSnapshotClass for driver local with `velero.io/csi-volumesnapshot-class=true`.',
  );
});
