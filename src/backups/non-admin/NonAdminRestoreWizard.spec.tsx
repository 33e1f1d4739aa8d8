import {
  HttpError,
  k8sCreate,
  k8sDelete,
  k8sGet,
  useAccessReview,
  useFlag,
} from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { mockWatches } from '../../test-utils/mockWatches';
import type { WatchAnswer } from '../../test-utils/mockWatches';
import { RestoreWizardPage } from '../restores/wizard/RestoreWizardPage';
import { vmLabelKey } from '../scope/productLabels';
import { NonAdminRestoreModel } from './nonAdminModels';
import type { NonAdminRestore } from './nonAdminTypes';

const sent = (n: number) => jest.mocked(k8sCreate).mock.calls[n][0].data as NonAdminRestore;

const labels = { [vmLabelKey('fedora-web')]: 'demo', [vmLabelKey('rhel9-db')]: 'demo' };
const nabOf = (name: string, started: string, phase = 'Completed', errors = 0) => ({
  metadata: { name, namespace: 'demo', labels },
  status: {
    phase: 'Created',
    veleroBackup: { name: `x-${name}`, status: { phase, startTimestamp: started, errors } },
  },
});
const vm = {
  metadata: {
    name: 'fedora-web',
    namespace: 'demo',
    uid: 'uid-web',
    labels: { app: 'fedora-web' },
  },
  spec: {
    template: {
      spec: { domain: { devices: {} }, volumes: [{ name: 'r', dataVolume: { name: 'fw-root' } }] },
    },
  },
};
const Landed = () => <p data-test="landed">{useLocation().pathname}</p>;

// The seed's developer: nothing in openshift-adp, NonAdminBackups and restores in demo.
const open = (query: string, watches: Record<string, WatchAnswer> = {}) => {
  jest.mocked(useFlag).mockImplementation((flag) => ['VDP_OADP', 'VDP_NON_ADMIN'].includes(flag));
  jest.mocked(useAccessReview).mockImplementation((review) => [review.namespace === 'demo', false]);
  mockWatches({
    Namespace: [{ metadata: { name: 'demo' } }, true],
    NonAdminBackup: [
      [nabOf('web-old', '2026-11-30T01:00:00Z'), nabOf('web-new', '2026-12-01T01:00:00Z')],
      true,
    ],
    ...watches,
  });
  render(
    <MemoryRouter initialEntries={[`/data-protection/restores/~new${query}`]}>
      <Routes>
        <Route path="/data-protection/restores/~new" element={<RestoreWizardPage />} />
        <Route path="*" element={<Landed />} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
};
const createButton = () => screen.getByTestId('restore-create');
const narName = /^web-new-\d{14}$/;

test('a deleted VM: its newest NonAdminBackup, a fixed target, no options, exactly this NonAdminRestore', async () => {
  const user = open('?vm=demo/fedora-web');
  expect(screen.getByTestId('restore-source')).toHaveValue('web-new');
  expect(screen.getByRole('checkbox', { name: 'demo/fedora-web' })).toBeChecked();
  expect(
    screen.getAllByText('Not in the namespace now: its disks in the backup are not readable here'),
  ).toHaveLength(2);
  expect(screen.getByTestId('restore-target-fixed')).toHaveTextContent(
    'The original namespace (demo)',
  );
  expect(screen.getByTestId('restore-target-helper')).toHaveTextContent(
    'A namespace user restores into the backup’s own namespace only: OADP’s non-admin controller refuses a namespace mapping.',
  );
  expect(screen.queryByTestId('restore-target-other')).not.toBeInTheDocument();
  expect(screen.getByTestId('restore-new-macs')).toBeDisabled();
  expect(screen.getByTestId('restore-power-Always')).toBeDisabled();
  expect(screen.getByTestId('restore-options-disabled')).toHaveTextContent(
    'Power state, new MAC addresses and a new firmware UUID are labels of the Velero Restore, and OADP’s non-admin controller gives the Restore it creates its own labels only: the VM comes back as it was backed up.',
  );
  expect(screen.getByTestId('restore-yaml')).toHaveTextContent('kind: NonAdminRestore');
  await user.dblClick(createButton());
  const landed = await screen.findByTestId('landed');
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  const { model, data } = jest.mocked(k8sCreate).mock.calls[0][0];
  expect(model).toBe(NonAdminRestoreModel);
  expect(data.metadata?.name).toMatch(narName);
  // Among two VMs of the backup: the deleted one by app: <name> (it has no live UID).
  expect(data).toEqual({
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'NonAdminRestore',
    metadata: { name: data.metadata?.name, namespace: 'demo' },
    spec: {
      restoreSpec: {
        backupName: 'web-new',
        orLabelSelectors: [{ matchLabels: { app: 'fedora-web' } }],
        restorePVs: true,
      },
    },
  });
  expect(landed).toHaveTextContent('/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/fedora-web/backups');
});

test('the VM still exists: nothing is sent until the deletion is confirmed apart', async () => {
  const user = open('?backup=web-old&vm=demo/fedora-web', {
    VirtualMachine: [[vm], true],
    DataVolume: [[{ metadata: { name: 'fw-root', namespace: 'demo' } }], true],
  });
  expect(screen.getByTestId('restore-source')).toHaveValue('web-old');
  expect(screen.getByTestId('restore-conflicts')).toHaveTextContent(
    'VirtualMachine demo/fedora-web (of VM fedora-web)',
  );
  expect(screen.queryByTestId('restore-conflict-other-namespace')).not.toBeInTheDocument();
  expect(screen.getByTestId('restore-problems')).toHaveTextContent(
    'Objects of the same name exist in the namespace: stop and delete the existing VM first.',
  );
  expect(createButton()).toHaveAttribute('aria-disabled', 'true');
  await user.click(createButton());
  await user.click(screen.getByTestId('restore-conflict-delete-first'));
  await user.click(screen.getByRole('button', { name: 'Delete and restore' }));
  const confirm = screen.getByRole('dialog');
  expect(within(confirm).getByText('demo/fedora-web')).toBeVisible();
  expect(k8sDelete).not.toHaveBeenCalled();
  expect(k8sCreate).not.toHaveBeenCalled();
  jest.mocked(k8sGet).mockRejectedValue(new HttpError('not found', 404));
  await user.click(within(confirm).getByRole('button', { name: 'Delete and restore' }));
  await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1), { timeout: 3000 });
  expect(jest.mocked(k8sDelete).mock.calls.map(([o]) => o.resource.metadata)).toEqual([
    { name: 'fedora-web', namespace: 'demo' },
  ]);
  // The live VM: its disk snapshots by its UID, as the admin wizard selects them.
  expect(sent(0).spec).toEqual({
    restoreSpec: {
      backupName: 'web-old',
      orLabelSelectors: [
        { matchLabels: { app: 'fedora-web' } },
        { matchLabels: { 'kubevirt.io/created-by': 'uid-web' } },
      ],
      restorePVs: true,
    },
  });
});

test.each([
  [403, 'nonadminrestores.oadp.openshift.io is forbidden: User "developer" cannot create'],
  [409, 'nonadminrestores.oadp.openshift.io "web-new-20261202050000" already exists'],
  [422, 'NonAdminRestore.oadp.openshift.io "x" is invalid: spec.restoreSpec: Required value'],
])('%i: the server’s message, every choice kept, a retry sends again', async (code, message) => {
  jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
  const user = open('?vm=demo/fedora-web');
  await user.selectOptions(screen.getByTestId('restore-source'), 'web-old');
  await user.click(createButton());
  expect(await screen.findByTestId('restore-error')).toHaveTextContent(message);
  expect(screen.getByTestId('restore-source')).toHaveValue('web-old');
  expect(screen.getByRole('checkbox', { name: 'demo/fedora-web' })).toBeChecked();
  await user.click(createButton());
  await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(2));
  const [first, second] = [sent(0), sent(1)];
  expect(second.spec).toEqual(first.spec);
  expect(second.spec?.restoreSpec?.backupName).toBe('web-old');
});

test('a partially failed backup: what Velero counted, and who can read the details', () => {
  open('?vm=demo/fedora-web', {
    NonAdminBackup: [[nabOf('web-new', '2026-12-01T01:00:00Z', 'PartiallyFailed', 2)], true],
  });
  expect(screen.getByTestId('restore-partial')).toHaveTextContent(
    'Velero counted 2 errors. Which VMs or disks they concern is in the backup’s results, which only a cluster administrator can read.',
  );
});

test('backups the controller would refuse are not offered', () => {
  const notCreated = { ...nabOf('web-new', '2026-12-01T01:00:00Z'), status: { phase: 'New' } };
  open('?vm=demo/fedora-web', {
    NonAdminBackup: [[notCreated, nabOf('web-failed', '2026-12-01T02:00:00Z', 'Failed')], true],
  });
  expect(
    within(screen.getByTestId('restore-source'))
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['Pick a backup']);
  expect(screen.getByTestId('restore-problems')).toHaveTextContent(
    'Pick a Completed or PartiallyFailed backup.',
  );
});

test('opened without a VM: the active project’s backups; the user picks backup and VM', async () => {
  const user = open('');
  expect(screen.getByTestId('restore-source')).toHaveValue('');
  await user.selectOptions(screen.getByTestId('restore-source'), 'web-new');
  const pick = screen.getByRole('checkbox', { name: 'demo/rhel9-db' });
  expect(pick).not.toBeChecked();
  expect(screen.getByTestId('restore-problems')).toHaveTextContent('Pick at least one VM.');
  await user.click(pick);
  await user.click(createButton());
  await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
  expect(sent(0).spec?.restoreSpec?.orLabelSelectors).toEqual([
    { matchLabels: { app: 'rhel9-db' } },
  ]);
});
