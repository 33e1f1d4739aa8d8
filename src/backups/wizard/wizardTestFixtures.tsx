// Test helpers for the backup wizard specs (not part of the plugin bundle): the demo namespace
// as the local cluster seeds it, answered through the SDK mocks.
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { mockWatches } from '../../test-utils/mockWatches';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { BackupWizardPage } from './BackupWizardPage';

const CEPH = 'ocs-storagecluster-ceph-rbd';
const CEPH_DRIVER = 'openshift-storage.rbd.csi.ceph.com';
const LOCAL = 'local-storage';

const vm = (name: string, disks: [string, string][], running = true) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: {
    name,
    namespace: 'demo',
    uid: `uid-${name}`,
    labels: name === 'mixed-storage' ? undefined : { app: name },
  },
  spec: {
    template: {
      spec: {
        volumes: disks.map(([volume]) => ({
          name: volume,
          dataVolume: { name: `${name}-${volume}` },
        })),
      },
    },
  },
  status: { printableStatus: running ? 'Running' : 'Stopped' },
});
const vmi = (name: string, agent: boolean) => ({
  metadata: { name, namespace: 'demo' },
  status: { conditions: agent ? [{ type: 'AgentConnected', status: 'True' }] : [] },
});
const pvc = (name: string, storageClassName: string) => ({
  metadata: { name, namespace: 'demo' },
  spec: { storageClassName },
});

export const VMS = [
  vm('fedora-web', [['rootdisk', CEPH]]),
  vm('rhel9-db', [
    ['rootdisk', CEPH],
    ['data', CEPH],
  ]),
  vm('mixed-storage', [
    ['rootdisk', CEPH],
    ['scratch', LOCAL],
  ]),
];
export const DPA = {
  metadata: { name: 'dpa-sample', namespace: 'openshift-adp' },
  spec: {
    configuration: {
      velero: { defaultPlugins: ['openshift', 'kubevirt', 'csi'] },
      nodeAgent: { enable: true },
    },
  },
  status: { conditions: [{ type: 'Reconciled', status: 'True', reason: 'Complete' }] },
};

/** Answer every watch of the wizard; `overrides` replaces a kind's answer. */
export const mockCluster = (overrides: Record<string, unknown[]> = {}) => {
  jest.mocked(useFlag).mockImplementation((flag) => flag === 'VDP_OADP');
  const lists: Record<string, unknown[]> = {
    VirtualMachine: VMS,
    VirtualMachineInstance: [
      vmi('fedora-web', true),
      vmi('rhel9-db', false),
      vmi('mixed-storage', true),
    ],
    PersistentVolumeClaim: [
      pvc('fedora-web-rootdisk', CEPH),
      pvc('rhel9-db-rootdisk', CEPH),
      pvc('rhel9-db-data', CEPH),
      pvc('mixed-storage-rootdisk', CEPH),
      pvc('mixed-storage-scratch', LOCAL),
    ],
    StorageClass: [
      { metadata: { name: CEPH }, provisioner: CEPH_DRIVER },
      { metadata: { name: LOCAL }, provisioner: 'kubernetes.io/no-provisioner' },
    ],
    VolumeSnapshotClass: [
      {
        metadata: { name: 'ocs-rbd', labels: { 'velero.io/csi-volumesnapshot-class': 'true' } },
        driver: CEPH_DRIVER,
      },
    ],
    DataProtectionApplication: [DPA],
    BackupStorageLocation: [
      {
        metadata: { name: 'offsite' },
        spec: {},
        status: { phase: 'Unavailable', message: 'bucket unreachable' },
      },
      {
        metadata: { name: 'dpa-sample-1' },
        spec: { default: true },
        status: { phase: 'Available' },
      },
    ],
    Backup: [{ metadata: { name: 'taken', namespace: 'openshift-adp' } }],
    Schedule: [{ metadata: { name: 'nightly', namespace: 'openshift-adp' } }],
    ...overrides,
  };
  mockWatches(
    Object.fromEntries(Object.entries(lists).map(([kind, items]) => [kind, [items, true]])),
  );
};

const Where = () => <output data-test="location">{useLocation().pathname}</output>;

/** Render the wizard page at `query` (e.g. `?vm=demo/fedora-web`). */
export const renderWizard = (query = '') => {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[`/data-protection/backups/~new${query}`]}>
      <Routes>
        <Route path="/data-protection/backups/~new" element={<BackupWizardPage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  const next = () => user.click(screen.getByRole('button', { name: 'Next' }));
  const step = (name: string) => user.click(screen.getByRole('button', { name }));
  return { user, next, step };
};

export const createButton = () => screen.getByTestId('wizard-create');
