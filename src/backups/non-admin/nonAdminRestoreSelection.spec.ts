import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { vmLabelKey } from '../scope/productLabels';
import { nonAdminRestoreSelection } from './nonAdminRestoreSelection';

const nabOf = (...vms: string[]) => ({
  metadata: {
    name: 'nab',
    namespace: 'demo',
    labels: Object.fromEntries(vms.map((name) => [vmLabelKey(name), 'demo'])),
  },
});
const live: K8sResourceCommon[] = [
  {
    metadata: {
      name: 'fedora-web',
      namespace: 'demo',
      uid: 'uid-fedora',
      labels: { app: 'fedora-web', tier: 'front' },
    },
  },
  { metadata: { name: 'rhel9-db', namespace: 'demo', labels: { app: 'rhel9-db', tier: 'front' } } },
  { metadata: { name: 'plain', namespace: 'demo', labels: { tier: 'front' } } },
];
const ref = (name: string) => ({ namespace: 'demo', name });

test('the backup holds only this VM: no selector, everything comes back', () => {
  expect(nonAdminRestoreSelection(nabOf('fedora-web'), ref('fedora-web'), live)).toEqual({
    selectors: [],
    unselectable: [],
    snapshotsLeftOut: [],
  });
});

test('among several: a label only this VM carries', () => {
  expect(
    nonAdminRestoreSelection(nabOf('fedora-web', 'rhel9-db'), ref('fedora-web'), live),
  ).toEqual({
    // Its disk snapshots by the VM's UID, as CDI labelled the disks (Velero copies PVC labels).
    selectors: [
      { matchLabels: { app: 'fedora-web' } },
      { matchLabels: { 'kubevirt.io/created-by': 'uid-fedora' } },
    ],
    unselectable: [],
    snapshotsLeftOut: [],
  });
});

test('no label of its own: unselectable, nothing is guessed', () => {
  expect(nonAdminRestoreSelection(nabOf('plain', 'rhel9-db'), ref('plain'), live)).toEqual({
    selectors: [],
    unselectable: [ref('plain')],
    snapshotsLeftOut: [],
  });
});
