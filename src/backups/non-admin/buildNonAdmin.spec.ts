import { vmLabelKey } from '../scope/productLabels';
import { PRODUCT_VM_LABEL } from '../wizard/vmSelectors';
import { DELETE_NON_ADMIN_BACKUP_PATCH, buildNonAdminBackup } from './buildNonAdminBackup';
import { buildNonAdminRestore } from './buildNonAdminRestore';

const vm = (name: string, namespace: string, labels: Record<string, string> = {}) => ({
  metadata: { name, namespace, labels },
});
const all = [
  vm('fedora-web', 'demo', { app: 'fedora-web', tier: 'front' }),
  vm('rhel9-db', 'demo', { app: 'rhel9-db', tier: 'back' }),
  vm('mixed-storage', 'demo'),
  vm('fedora-web', 'prod', { app: 'fedora-web' }),
];
const choices = {
  name: 'fedora-web-1',
  namespace: 'demo',
  method: 'data-mover' as const,
  storageLocation: '',
  ttl: '168h0m0s',
};

test('one VM of the namespace: a NonAdminBackup there, its selector, no namespaces, no location', () => {
  const { backup, labelPatches } = buildNonAdminBackup(
    { ...choices, vms: [{ namespace: 'demo', name: 'fedora-web' }] },
    all,
  );
  expect(backup).toEqual({
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'NonAdminBackup',
    metadata: {
      name: 'fedora-web-1',
      namespace: 'demo',
      labels: { [vmLabelKey('fedora-web')]: 'demo' },
    },
    spec: {
      backupSpec: {
        orLabelSelectors: [{ matchLabels: { app: 'fedora-web' } }],
        snapshotMoveData: true,
        ttl: '168h0m0s',
      },
    },
  });
  expect(labelPatches).toEqual([]);
});

test('a NonAdminBackupStorageLocation is sent; VMs of other namespaces are left out', () => {
  const { backup } = buildNonAdminBackup(
    {
      ...choices,
      method: 'csi-snapshot',
      storageLocation: 'my-bucket',
      vms: [
        { namespace: 'demo', name: 'mixed-storage' },
        { namespace: 'prod', name: 'fedora-web' },
      ],
    },
    all,
  );
  expect(backup.metadata?.labels).toEqual({ [vmLabelKey('mixed-storage')]: 'demo' });
  expect(backup.spec).toEqual({
    backupSpec: {
      orLabelSelectors: [{ matchLabels: { [PRODUCT_VM_LABEL]: 'mixed-storage' } }],
      snapshotMoveData: false,
      storageLocation: 'my-bucket',
      ttl: '168h0m0s',
    },
  });
});

test('every VM of the namespace: no selectors at all (the controller limits it to the namespace)', () => {
  const vms = ['fedora-web', 'rhel9-db', 'mixed-storage'].map((name) => ({
    namespace: 'demo',
    name,
  }));
  const { backup } = buildNonAdminBackup({ ...choices, vms }, all);
  expect(backup.spec).toEqual({ backupSpec: { snapshotMoveData: true, ttl: '168h0m0s' } });
});

test('a NonAdminRestore: the NAB by name, selectors, restorePVs; no namespaces, mapping or labels', () => {
  expect(
    buildNonAdminRestore({
      name: 'fedora-web-1-20261202021500',
      namespace: 'demo',
      backupName: 'fedora-web-1',
      selectors: [{ matchLabels: { app: 'fedora-web' } }],
    }),
  ).toEqual({
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'NonAdminRestore',
    metadata: { name: 'fedora-web-1-20261202021500', namespace: 'demo' },
    spec: {
      restoreSpec: {
        backupName: 'fedora-web-1',
        orLabelSelectors: [{ matchLabels: { app: 'fedora-web' } }],
        restorePVs: true,
      },
    },
  });
});

test('deleting sets spec.deleteBackup to true, nothing else', () => {
  expect(DELETE_NON_ADMIN_BACKUP_PATCH).toEqual([
    { op: 'add', path: '/spec/deleteBackup', value: true },
  ]);
});
