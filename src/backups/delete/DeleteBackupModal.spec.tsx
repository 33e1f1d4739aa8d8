import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeleteBackupModal } from './DeleteBackupModal';

const backup = {
  metadata: { name: 'demo-nightly-20261130020000', namespace: 'openshift-adp', uid: 'u-7' },
  spec: { storageLocation: 'dpa-sample-1' },
  status: { phase: 'Completed' },
};
const vms = [
  { namespace: 'demo', name: 'fedora-web' },
  { namespace: 'demo', name: 'rhel9-db' },
];

test('names the VMs and the data, then sends exactly one DeleteBackupRequest', async () => {
  const closeOverlay = jest.fn();
  render(<DeleteBackupModal backup={backup} vms={vms} closeOverlay={closeOverlay} />);
  expect(
    screen.getByText(
      'Delete the backup demo-nightly-20261130020000? Its data in the storage location dpa-sample-1 and its disk snapshots are deleted too; it cannot be restored afterwards.',
    ),
  ).toBeVisible();
  expect(screen.getByText('demo/fedora-web')).toBeVisible();
  expect(screen.getByText('demo/rhel9-db')).toBeVisible();
  const button = screen.getByRole('button', { name: 'Delete' });
  await userEvent.dblClick(button);
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'DeleteBackupRequest',
    metadata: {
      generateName: 'demo-nightly-20261130020000-',
      namespace: 'openshift-adp',
      labels: {
        'velero.io/backup-name': 'demo-nightly-20261130020000',
        'velero.io/backup-uid': 'u-7',
      },
    },
    spec: { backupName: 'demo-nightly-20261130020000' },
  });
  expect(jest.mocked(k8sCreate).mock.calls[0][0].model.plural).toBe('deletebackuprequests');
});

test('a refused request shows the server message and allows a retry', async () => {
  jest
    .mocked(k8sCreate)
    .mockRejectedValueOnce(
      new HttpError(
        'deletebackuprequests.velero.io is forbidden: User "viewer" cannot create',
        403,
      ),
    )
    .mockResolvedValueOnce({});
  const closeOverlay = jest.fn();
  render(<DeleteBackupModal backup={backup} vms={[]} closeOverlay={closeOverlay} />);
  expect(screen.getByText('It holds no VM that you can see.')).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(await screen.findByText(/deletebackuprequests.velero.io is forbidden/)).toBeVisible();
  expect(closeOverlay).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(k8sCreate).toHaveBeenCalledTimes(2);
  expect(closeOverlay).toHaveBeenCalled();
});
