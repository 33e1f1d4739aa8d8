import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vmLabelKey } from '../scope/productLabels';
import { DeleteNonAdminBackupModal } from './DeleteNonAdminBackupModal';
import { NonAdminBackupModel } from './nonAdminModels';

const nab = {
  metadata: { name: 'web-1', namespace: 'demo', labels: { [vmLabelKey('fedora-web')]: 'demo' } },
  spec: { backupSpec: { ttl: '720h0m0s' } },
  status: { phase: 'Created' as const, veleroBackup: { status: { phase: 'Completed' } } },
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
