import { buildRestore, restoreName } from './buildRestore';
import { CLEAR_MAC_LABEL, NEW_FIRMWARE_UUID_LABEL, RUN_STRATEGY_LABEL } from './restoreLabels';

const fedora = { namespace: 'demo', name: 'fedora-web' };
const batch = { namespace: 'demo', name: 'centos-batch' };
const base = {
  name: 'demo-nightly-20261201020000-20261201231500',
  veleroNamespace: 'openshift-adp',
  source: { backupName: 'demo-nightly-20261201020000' },
  vms: [batch],
  targets: { demo: 'demo' },
  selectors: [{ matchLabels: { app: 'centos-batch' } }],
  options: { power: 'as-backed-up' as const, newMACs: false, newFirmwareUUID: false },
};

test('one VM into its own namespace, as in the backup: exactly this Restore', () => {
  expect(buildRestore(base)).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name: base.name, namespace: 'openshift-adp' },
    spec: {
      backupName: 'demo-nightly-20261201020000',
      includedNamespaces: ['demo'],
      orLabelSelectors: [{ matchLabels: { app: 'centos-batch' } }],
      restorePVs: true,
    },
  });
});

test('stopped: the run-strategy label Halted, nothing else changes', () => {
  const restore = buildRestore({ ...base, options: { ...base.options, power: 'Halted' } });
  expect(restore.metadata?.labels).toEqual({ [RUN_STRATEGY_LABEL]: 'Halted' });
  expect(restore.spec).toEqual(buildRestore(base).spec);
});

test('running: Always', () => {
  const restore = buildRestore({ ...base, options: { ...base.options, power: 'Always' } });
  expect(restore.metadata?.labels).toEqual({ [RUN_STRATEGY_LABEL]: 'Always' });
});

test('into another namespace with new MACs and firmware UUID: mapping and both labels', () => {
  const restore = buildRestore({
    ...base,
    vms: [fedora],
    targets: { demo: 'demo-copy' },
    selectors: [{ matchLabels: { app: 'fedora-web' } }],
    options: { power: 'as-backed-up', newMACs: true, newFirmwareUUID: true },
  });
  expect(restore).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: {
      name: base.name,
      namespace: 'openshift-adp',
      labels: { [CLEAR_MAC_LABEL]: 'true', [NEW_FIRMWARE_UUID_LABEL]: 'true' },
    },
    spec: {
      backupName: 'demo-nightly-20261201020000',
      includedNamespaces: ['demo'],
      orLabelSelectors: [{ matchLabels: { app: 'fedora-web' } }],
      namespaceMapping: { demo: 'demo-copy' },
      restorePVs: true,
    },
  });
});

test('from the latest backup of a schedule: scheduleName, no backupName', () => {
  const restore = buildRestore({ ...base, source: { scheduleName: 'demo-nightly' } });
  expect(restore.spec).toEqual({
    scheduleName: 'demo-nightly',
    includedNamespaces: ['demo'],
    orLabelSelectors: [{ matchLabels: { app: 'centos-batch' } }],
    restorePVs: true,
  });
});

test('VMs of two namespaces, one mapped: namespaces sorted, only the moved one mapped', () => {
  const restore = buildRestore({
    ...base,
    vms: [{ namespace: 'prod', name: 'api' }, batch],
    targets: { demo: 'demo', prod: 'prod-copy' },
    selectors: [{ matchLabels: { app: 'centos-batch' } }, { matchLabels: { app: 'api' } }],
  });
  expect(restore.spec?.includedNamespaces).toEqual(['demo', 'prod']);
  expect(restore.spec?.namespaceMapping).toEqual({ prod: 'prod-copy' });
});

test('restore names follow the CLI: <backup>-<UTC stamp>', () => {
  const now = new Date('2026-12-01T23:15:00.123Z');
  expect(restoreName({ backupName: 'b1' }, now)).toBe('b1-20261201231500');
  expect(restoreName({ scheduleName: 'demo-nightly' }, now)).toBe('demo-nightly-20261201231500');
});
