import { k8sCreate, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { screen, within } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from './wizardTestFixtures';

beforeEach(() => mockCluster());

test('two VMs with data mover from the URL: exactly this Backup, sent once, then its page', async () => {
  const { user, next, step } = renderWizard('?vm=demo/fedora-web&vm=demo/rhel9-db');
  expect(screen.getByRole('checkbox', { name: 'Pick fedora-web' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Pick mixed-storage' })).not.toBeChecked();
  await next();
  await user.click(screen.getByLabelText('CSI snapshot + data mover'));
  await next();
  await user.type(screen.getByTestId('backup-name'), 'fedora-and-db');
  expect(screen.getByTestId('storage-location')).toHaveValue('dpa-sample-1');
  await user.selectOptions(screen.getByTestId('ttl-preset'), '7d');
  await next();
  expect(screen.getByTestId('preflight-demo-rhel9-db-consistency')).toHaveTextContent(
    'Crash-consistent: no guest agent is connected',
  );
  expect(screen.getByTestId('preflight-demo-fedora-web-consistency')).toHaveTextContent(
    'Consistent: the guest agent freezes the filesystems',
  );
  // rhel9-db has no agent: nothing partial, so no acknowledgement is asked.
  expect(screen.queryByTestId('partial-ack')).not.toBeInTheDocument();
  await step('Review');
  expect(
    within(screen.getByTestId('review-summary')).getByText(
      /only the objects selected by app=fedora-web, app=rhel9-db/,
    ),
  ).toBeInTheDocument();
  await user.dblClick(createButton());
  expect(k8sPatch).not.toHaveBeenCalled();
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: 'fedora-and-db',
      namespace: 'openshift-adp',
      labels: {
        'vms.vm-data-protection.io/fedora-web': 'demo',
        'vms.vm-data-protection.io/rhel9-db': 'demo',
      },
    },
    spec: {
      includedNamespaces: ['demo'],
      orLabelSelectors: [
        { matchLabels: { app: 'fedora-web' } },
        { matchLabels: { app: 'rhel9-db' } },
      ],
      snapshotMoveData: true,
      storageLocation: 'dpa-sample-1',
      ttl: '168h0m0s',
    },
  });
  expect(await screen.findByTestId('location')).toHaveTextContent(
    '/k8s/ns/openshift-adp/velero.io~v1~Backup/fedora-and-db',
  );
});

test('a VM with no label of its own: the patch is shown, consent is needed, then VM patched and Backup sent', async () => {
  const { user, next } = renderWizard('?vm=demo/mixed-storage');
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'mixed');
  await next();
  expect(screen.getByTestId('preflight-demo-mixed-storage-partial')).toHaveTextContent(
    'scratch (mixed-storage-scratch): no VolumeSnapshotClass for driver kubernetes.io/no-provisioner is labelled velero.io/csi-volumesnapshot-class',
  );
  expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  await user.click(screen.getByTestId('partial-ack'));
  await next();
  expect(screen.getByTestId('label-patch-demo-mixed-storage')).toHaveTextContent(
    '"op": "add", "path": "/metadata/labels", "value": { "vm-data-protection.io/vm": "mixed-storage" }',
    { normalizeWhitespace: true },
  );
  expect(createButton()).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('wizard-create-disabled-reason')).toHaveTextContent(
    'Consent to the labels the VMs need, or pick other VMs.',
  );
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
  await user.click(screen.getByTestId('label-consent'));
  await user.click(createButton());
  expect(jest.mocked(k8sPatch).mock.calls[0][0]).toMatchObject({
    data: [
      {
        op: 'add',
        path: '/metadata/labels',
        value: { 'vm-data-protection.io/vm': 'mixed-storage' },
      },
    ],
    resource: { metadata: { name: 'mixed-storage', namespace: 'demo' } },
  });
  expect((jest.mocked(k8sCreate).mock.calls[0][0].data as { spec?: unknown }).spec).toEqual({
    includedNamespaces: ['demo'],
    orLabelSelectors: [{ matchLabels: { 'vm-data-protection.io/vm': 'mixed-storage' } }],
    snapshotMoveData: false,
    storageLocation: 'dpa-sample-1',
    ttl: '720h0m0s',
  });
});
