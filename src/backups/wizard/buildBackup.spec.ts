import { vmLabelKey } from '../scope/productLabels';
import { buildBackup } from './buildBackup';
import { PRODUCT_VM_LABEL, vmsSelectedBy } from './vmSelectors';

const vm = (name: string, namespace: string, labels: Record<string, string> = {}) => ({
  metadata: { name, namespace, labels },
});
// The demo namespace as seeded: some VMs share labels, some have none.
const all = [
  vm('fedora-web', 'demo', { app: 'fedora-web', tier: 'front' }),
  vm('rhel9-db', 'demo', { app: 'rhel9-db', tier: 'back' }),
  vm('centos-batch', 'demo', { tier: 'back' }),
  vm('mixed-storage', 'demo'),
  vm('fedora-web', 'prod', { app: 'fedora-web' }),
];
const choices = {
  name: 'fedora-and-db',
  veleroNamespace: 'openshift-adp',
  method: 'data-mover' as const,
  storageLocation: 'dpa-sample-1',
  ttl: '168h0m0s',
};

test('two of four VMs of a namespace: exactly this Backup, selectors on their own labels', () => {
  const vms = [
    { namespace: 'demo', name: 'fedora-web' },
    { namespace: 'demo', name: 'rhel9-db' },
  ];
  const { backup, labelPatches } = buildBackup({ ...choices, vms }, all);
  expect(backup).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: 'fedora-and-db',
      namespace: 'openshift-adp',
      labels: { [vmLabelKey('fedora-web')]: 'demo', [vmLabelKey('rhel9-db')]: 'demo' },
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
  expect(backup.spec).not.toHaveProperty('includedResources');
  expect(labelPatches).toEqual([]);
  // The proof: these selectors select the two picked VMs and no other VM of the namespace.
  expect(vmsSelectedBy(backup.spec?.orLabelSelectors ?? [], ['demo'], all)).toEqual(vms);
});

test('a VM without an identifying label gets our label, with the patch to consent to', () => {
  const vms = [{ namespace: 'demo', name: 'mixed-storage' }];
  const { backup, labelPatches } = buildBackup({ ...choices, method: 'csi-snapshot', vms }, all);
  expect(backup.spec?.orLabelSelectors).toEqual([
    { matchLabels: { [PRODUCT_VM_LABEL]: 'mixed-storage' } },
  ]);
  expect(backup.spec?.snapshotMoveData).toBe(false);
  expect(labelPatches).toEqual([
    {
      vm: vms[0],
      selector: { matchLabels: { [PRODUCT_VM_LABEL]: 'mixed-storage' } },
      labelPatch: { metadata: { labels: { [PRODUCT_VM_LABEL]: 'mixed-storage' } } },
    },
  ]);
  expect(vmsSelectedBy(backup.spec?.orLabelSelectors ?? [], ['demo'], all, labelPatches)).toEqual(
    vms,
  );
});

test('a shared label is not used: tier=back would also take centos-batch', () => {
  const vms = [{ namespace: 'demo', name: 'centos-batch' }];
  const { backup } = buildBackup({ ...choices, vms }, all);
  expect(backup.spec?.orLabelSelectors).toEqual([
    { matchLabels: { [PRODUCT_VM_LABEL]: 'centos-batch' } },
  ]);
});

test('every VM of each namespace picked: namespaces only, no selectors', () => {
  const vms = all
    .filter((v) => v.metadata.namespace === 'demo')
    .map((v) => ({ namespace: 'demo', name: v.metadata.name }));
  const { backup } = buildBackup({ ...choices, vms }, all);
  expect(backup.spec).toEqual({
    includedNamespaces: ['demo'],
    snapshotMoveData: true,
    storageLocation: 'dpa-sample-1',
    ttl: '168h0m0s',
  });
});

test('across namespaces, a label shared with an unpicked VM elsewhere is not used', () => {
  const vms = [
    { namespace: 'demo', name: 'fedora-web' },
    { namespace: 'demo', name: 'rhel9-db' },
    { namespace: 'demo', name: 'centos-batch' },
    { namespace: 'demo', name: 'mixed-storage' },
  ];
  const withProd = [...all, vm('other', 'prod', { app: 'rhel9-db' })];
  const { backup } = buildBackup(
    { ...choices, vms: [...vms, { namespace: 'prod', name: 'fedora-web' }] },
    withProd,
  );
  expect(backup.spec?.includedNamespaces).toEqual(['demo', 'prod']);
  const selected = vmsSelectedBy(
    backup.spec?.orLabelSelectors ?? [],
    ['demo', 'prod'],
    withProd,
    buildBackup({ ...choices, vms: [...vms, { namespace: 'prod', name: 'fedora-web' }] }, withProd)
      .labelPatches,
  );
  expect(selected).toHaveLength(5);
  expect(selected).not.toContainEqual({ namespace: 'prod', name: 'other' });
});
