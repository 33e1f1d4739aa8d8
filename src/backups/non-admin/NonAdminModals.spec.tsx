import {
  HttpError,
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sPatch,
} from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockWatches } from '../../test-utils/mockWatches';
import { vmLabelKey } from '../scope/productLabels';
import { DeleteNonAdminBackupModal } from './DeleteNonAdminBackupModal';
import { NonAdminBackupModel, NonAdminRestoreModel } from './nonAdminModels';
import { NonAdminRestoreModal } from './NonAdminRestoreModal';
import { sendNonAdminRestore } from './sendNonAdminRestore';

const nab = {
  metadata: { name: 'web-1', namespace: 'demo', labels: { [vmLabelKey('fedora-web')]: 'demo' } },
  spec: { backupSpec: { ttl: '720h0m0s' } },
  status: { phase: 'Created' as const, veleroBackup: { status: { phase: 'Completed' } } },
};
const vm = {
  metadata: { name: 'fedora-web', namespace: 'demo', labels: { app: 'fedora-web' } },
  spec: {
    template: {
      spec: {
        domain: { devices: {} },
        volumes: [{ name: 'root', dataVolume: { name: 'fedora-web-root' } }],
      },
    },
  },
};

test('delete says what goes, then patches spec.deleteBackup to true, once', async () => {
  render(<DeleteNonAdminBackupModal nab={nab} closeOverlay={jest.fn()} />);
  expect(
    screen.getByText(
      'Delete the backup web-1? Its data in object storage and its disk snapshots are deleted too, and so are the restores made from it; it cannot be restored afterwards.',
    ),
  ).toBeVisible();
  expect(screen.getByText('The VMs themselves are not touched.')).toBeVisible();
  expect(screen.queryByTestId('delete-vms')).not.toBeInTheDocument();
  await userEvent.dblClick(screen.getByRole('button', { name: 'Delete' }));
  expect(k8sPatch).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sPatch).mock.calls[0][0]).toEqual({
    model: NonAdminBackupModel,
    resource: nab,
    data: [{ op: 'add', path: '/spec/deleteBackup', value: true }],
  });
});

test('restore with nothing in the way: exactly this NonAdminRestore, back into demo', async () => {
  mockWatches({ Namespace: [{ metadata: { name: 'demo' } }, true] });
  render(<NonAdminRestoreModal nab={nab} vm={vm} closeOverlay={jest.fn()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
  await waitFor(() => expect(k8sCreate).toHaveBeenCalledTimes(1));
  const { model, data } = jest.mocked(k8sCreate).mock.calls[0][0];
  expect(model).toBe(NonAdminRestoreModel);
  expect(data.metadata?.name).toMatch(/^web-1-\d{14}$/);
  expect(data).toEqual({
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'NonAdminRestore',
    metadata: { name: data.metadata?.name, namespace: 'demo' },
    spec: { restoreSpec: { backupName: 'web-1', restorePVs: true } },
  });
});

test('the VM still exists: Restore stays disabled until the user confirms deleting it', async () => {
  mockWatches({
    Namespace: [{ metadata: { name: 'demo' } }, true],
    VirtualMachine: [[vm], true],
    DataVolume: [[{ metadata: { name: 'fedora-web-root', namespace: 'demo' } }], true],
  });
  render(<NonAdminRestoreModal nab={nab} vm={vm} closeOverlay={jest.fn()} />);
  expect(screen.getByText('VirtualMachine fedora-web')).toBeVisible();
  expect(screen.getByText('DataVolume fedora-web-root')).toBeVisible();
  const submit = screen.getByRole('button', { name: 'Delete and restore' });
  await userEvent.click(submit);
  expect(k8sCreate).not.toHaveBeenCalled();
  expect(k8sDelete).not.toHaveBeenCalled();
  await userEvent.click(
    screen.getByRole('checkbox', { name: /Stop and delete the VM fedora-web first/ }),
  );
  expect(submit).not.toHaveAttribute('aria-disabled', 'true');
});

test('send: deletes the VM, waits until its objects are gone, then creates the restore', async () => {
  const present = new Set(['fedora-web', 'fedora-web-root']);
  jest.mocked(k8sDelete).mockImplementation(() => {
    present.delete('fedora-web');
    return Promise.resolve({});
  });
  let polls = 0;
  jest.mocked(k8sGet).mockImplementation(({ name }) => {
    polls++;
    if (polls > 2) present.delete('fedora-web-root');
    return present.has(name ?? '')
      ? Promise.resolve({})
      : Promise.reject(new HttpError('gone', 404));
  });
  const conflicts = [
    {
      vm: { namespace: 'demo', name: 'fedora-web' },
      kind: 'VirtualMachine' as const,
      namespace: 'demo',
      name: 'fedora-web',
    },
    {
      vm: { namespace: 'demo', name: 'fedora-web' },
      kind: 'DataVolume' as const,
      namespace: 'demo',
      name: 'fedora-web-root',
    },
  ];
  const nar = { metadata: { name: 'r', namespace: 'demo' } };
  await sendNonAdminRestore(nar, { deleteFirst: conflicts, stillThere: () => 'still', pollMs: 0 });
  expect(jest.mocked(k8sDelete).mock.calls.map(([o]) => o.resource.metadata)).toEqual([
    { name: 'fedora-web', namespace: 'demo' },
  ]);
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(polls).toBeGreaterThan(2);
});

test('send: objects that never go: the message, and no restore', async () => {
  jest.mocked(k8sGet).mockResolvedValue({});
  const conflicts = [
    {
      vm: { namespace: 'demo', name: 'x' },
      kind: 'PersistentVolumeClaim' as const,
      namespace: 'demo',
      name: 'x-disk',
    },
  ];
  await expect(
    sendNonAdminRestore(
      { metadata: { name: 'r' } },
      {
        deleteFirst: conflicts,
        stillThere: (left) => `left: ${left.map((c) => c.name).join()}`,
        pollMs: 0,
        polls: 3,
      },
    ),
  ).rejects.toThrow('left: x-disk');
  expect(k8sCreate).not.toHaveBeenCalled();
});
