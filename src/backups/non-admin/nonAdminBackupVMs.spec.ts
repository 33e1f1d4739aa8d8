import type { V1VirtualMachine } from '@shared/k8s/types';
import { vmLabelKey } from '../scope/productLabels';
import { nonAdminBackupVMs, nonAdminRestoreSelection } from './nonAdminBackupVMs';

const nabOf = (...vms: string[]) => ({
  metadata: {
    name: 'nab',
    namespace: 'demo',
    labels: Object.fromEntries(vms.map((name) => [vmLabelKey(name), 'demo'])),
  },
});
const vmOf = (name: string, namespace: string, labels: Record<string, string>) => ({
  metadata: { name, namespace, labels },
  spec: { template: { spec: { domain: { devices: {} } } } },
});
const live: V1VirtualMachine[] = [
  {
    metadata: {
      name: 'fedora-web',
      namespace: 'demo',
      uid: 'uid-fedora',
      labels: { app: 'fedora-web', tier: 'front' },
    },
    spec: {
      template: {
        spec: {
          domain: { devices: {} },
          volumes: [{ name: 'r', dataVolume: { name: 'fw-root' } }],
        },
      },
    },
  },
  vmOf('rhel9-db', 'demo', { app: 'rhel9-db', tier: 'front' }),
  vmOf('plain', 'demo', { tier: 'front' }),
  vmOf('elsewhere', 'other', { tier: 'front' }),
];
const ref = (name: string) => ({ namespace: 'demo', name });
const selection = (nab: ReturnType<typeof nabOf>, picked: string[]) =>
  nonAdminRestoreSelection(picked.map(ref), nonAdminBackupVMs(nab, live));

test('the VMs the NAB names: labels and disks of the live VM; a deleted one by app: <name>', () => {
  expect(nonAdminBackupVMs(nabOf('fedora-web', 'gone'), live)).toEqual([
    {
      vm: ref('fedora-web'),
      labels: { app: 'fedora-web', tier: 'front' },
      claims: ['fw-root'],
      snapshots: [{ claim: 'fedora-web', labels: { 'kubevirt.io/created-by': 'uid-fedora' } }],
      live: live[0],
    },
    { vm: ref('gone'), labels: { app: 'gone' }, claims: [], snapshots: [] },
  ]);
});

test('a NAB without product labels: the namespace VMs its spec selects', () => {
  const nab = {
    metadata: { name: 'nab', namespace: 'demo' },
    spec: { backupSpec: { labelSelector: { matchLabels: { tier: 'front' } } } },
  };
  expect(nonAdminBackupVMs(nab, live).map((v) => v.vm.name)).toEqual([
    'fedora-web',
    'rhel9-db',
    'plain',
  ]);
});

test('the backup holds only this VM: no selector, everything comes back', () => {
  expect(selection(nabOf('fedora-web'), ['fedora-web'])).toEqual({
    selectors: [],
    unselectable: [],
    snapshotsLeftOut: [],
  });
});

test('among several: a label only this VM carries, and its disk snapshots by its UID', () => {
  expect(selection(nabOf('fedora-web', 'rhel9-db'), ['fedora-web'])).toEqual({
    selectors: [
      { matchLabels: { app: 'fedora-web' } },
      { matchLabels: { 'kubevirt.io/created-by': 'uid-fedora' } },
    ],
    unselectable: [],
    snapshotsLeftOut: [],
  });
});

test('no label of its own: unselectable, nothing is guessed', () => {
  expect(selection(nabOf('plain', 'rhel9-db'), ['plain'])).toEqual({
    selectors: [],
    unselectable: [ref('plain')],
    snapshotsLeftOut: [],
  });
});
