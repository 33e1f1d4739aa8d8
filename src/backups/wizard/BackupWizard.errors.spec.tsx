import { HttpError, k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from './wizardTestFixtures';

beforeEach(() => mockCluster());

test.each([
  [403, 'backups.velero.io is forbidden: User "viewer" cannot create resource "backups"'],
  [409, 'backups.velero.io "db-now" already exists'],
  [422, 'Backup.velero.io "db-now" is invalid: spec.ttl: Invalid value'],
])(
  '%i: the server message is shown, every choice kept, a retry sends again',
  async (code, message) => {
    jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
    const { user, next, step } = renderWizard('?vm=demo/rhel9-db');
    await next();
    await user.click(screen.getByLabelText('CSI snapshot + data mover'));
    await next();
    await user.type(screen.getByTestId('backup-name'), 'db-now');
    await step('Review');
    await user.click(createButton());
    expect(await screen.findByTestId('request-error')).toHaveTextContent(message);
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
    await step('Options');
    expect(screen.getByTestId('backup-name')).toHaveValue('db-now');
    await step('Method');
    expect(screen.getByLabelText('CSI snapshot + data mover')).toBeChecked();
    await step('Review');
    await user.click(createButton());
    expect(k8sCreate).toHaveBeenCalledTimes(2);
    expect(jest.mocked(k8sCreate).mock.calls[1][0].data).toEqual(
      jest.mocked(k8sCreate).mock.calls[0][0].data,
    );
    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/k8s/ns/openshift-adp/velero.io~v1~Backup/db-now',
    );
  },
);

test('csi missing from the DPA: shown with its fix, and it blocks Create', async () => {
  mockCluster({
    DataProtectionApplication: [
      {
        metadata: { name: 'dpa-sample', namespace: 'openshift-adp' },
        spec: { configuration: { velero: { defaultPlugins: ['openshift', 'kubevirt'] } } },
        status: { conditions: [{ type: 'Reconciled', status: 'True' }] },
      },
    ],
  });
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  expect(screen.getByTestId('readiness-plugin-csi')).toHaveAttribute('data-state', 'problem');
  expect(screen.getByTestId('readiness-plugin-csi-fix')).toHaveTextContent(
    "Fix: Add `csi` to the DPA's `defaultPlugins`.",
  );
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'no-csi');
  await step('Review');
  expect(screen.getByTestId('wizard-create-disabled-reason')).toHaveTextContent(
    'A readiness problem would make the backup fail or hold no data: fix it first.',
  );
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});
