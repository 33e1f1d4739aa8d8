import type { ReadinessInput } from './readinessChecks';
import { classForDriver, readinessChecks, readinessVerdict } from './readinessChecks';

const ceph = 'openshift-storage.rbd.csi.ceph.com';
const hostpath = 'kubevirt.io.hostpath-provisioner';
const ready: ReadinessInput = {
  oadpInstalled: true,
  dpa: {
    name: 'dpa-sample',
    reconciled: { status: 'True' },
    plugins: ['openshift', 'kubevirt', 'csi', 'aws'],
    nodeAgent: true,
  },
  locations: [
    { name: 'dpa-sample-1', phase: 'Available', isDefault: true },
    { name: 'offsite', phase: 'Unavailable', message: 'bucket unreachable' },
  ],
  dataMover: true,
  disks: [{ vm: 'fedora-web', pvc: 'fedora-web-root', driver: ceph }],
  snapshotClasses: [{ name: 'ocs-rbd', driver: ceph, labelled: true }],
};
const states = (input: ReadinessInput) =>
  Object.fromEntries(readinessChecks(input).map((c) => [c.id, c.state]));

test('all is well: every item ok, nothing to acknowledge', () => {
  expect(states(ready)).toEqual({
    'oadp-installed': 'ok',
    'dpa-reconciled': 'ok',
    'plugin-kubevirt': 'ok',
    'plugin-csi': 'ok',
    'plugin-openshift': 'ok',
    'node-agent': 'ok',
    'location-available': 'ok',
    'snapshot-class': 'ok',
  });
  expect(readinessVerdict(readinessChecks(ready))).toEqual({ blocked: false, needsAck: false });
});

test('no csi plugin blocks (the backup would end Completed with no disk data)', () => {
  const checks = readinessChecks({
    ...ready,
    dpa: { ...ready.dpa!, plugins: ['openshift', 'kubevirt'] },
  });
  expect(checks.find((c) => c.id === 'plugin-csi')).toEqual({
    id: 'plugin-csi',
    state: 'problem',
    severity: 'blocking',
    params: { plugin: 'csi', dpa: 'dpa-sample' },
  });
  expect(readinessVerdict(checks).blocked).toBe(true);
});

test('no kubevirt plugin is partial: it needs an acknowledgement but does not block', () => {
  const checks = readinessChecks({
    ...ready,
    dpa: { ...ready.dpa!, plugins: ['openshift', 'csi'] },
  });
  expect(readinessVerdict(checks)).toEqual({ blocked: false, needsAck: true });
});

test('a disk whose driver has no usable class is partial and named', () => {
  const checks = readinessChecks({
    ...ready,
    disks: [
      ...ready.disks,
      { vm: 'mixed-storage', pvc: 'mixed-storage-scratch', driver: hostpath },
    ],
  });
  expect(checks.find((c) => c.id === 'snapshot-class')).toMatchObject({
    state: 'problem',
    severity: 'partial',
    params: { disks: 'mixed-storage/mixed-storage-scratch', drivers: hostpath },
  });
});

test('node agent only matters with the data mover; no available location blocks with the messages', () => {
  const noAgent = { ...ready, dpa: { ...ready.dpa!, nodeAgent: false } };
  expect(states({ ...noAgent, dataMover: false })['node-agent']).toBeUndefined();
  expect(readinessVerdict(readinessChecks(noAgent)).blocked).toBe(true);
  const checks = readinessChecks({
    ...ready,
    locations: [{ name: 'offsite', phase: 'Unavailable', message: 'bucket unreachable' }],
  });
  expect(checks.find((c) => c.id === 'location-available')).toMatchObject({
    state: 'problem',
    params: { messages: 'offsite: bucket unreachable' },
  });
});

test('unknown (no permission, not loaded) is never ready: it needs an acknowledgement', () => {
  const checks = readinessChecks({ oadpInstalled: true, dataMover: false, disks: [] });
  expect(states({ oadpInstalled: true, dataMover: false, disks: [] })).toMatchObject({
    'dpa-reconciled': 'unknown',
    'plugin-csi': 'unknown',
    'location-available': 'unknown',
    'snapshot-class': 'unknown',
  });
  expect(readinessVerdict(checks)).toEqual({ blocked: false, needsAck: true });
  expect(states({ ...ready, dpa: null })['dpa-reconciled']).toBe('problem');
});

test('class choice as Velero 1.16: the labelled one, else the only one, never the default annotation', () => {
  expect(
    classForDriver(
      [
        { name: 'a', driver: ceph, labelled: false },
        { name: 'b', driver: ceph, labelled: true },
      ],
      ceph,
    ),
  ).toBe('b');
  expect(classForDriver([{ name: 'a', driver: ceph, labelled: false }], ceph)).toBe('a');
  expect(
    classForDriver(
      [
        { name: 'a', driver: ceph, labelled: false },
        { name: 'c', driver: ceph, labelled: false },
      ],
      ceph,
    ),
  ).toBeUndefined();
  expect(classForDriver([], hostpath)).toBeUndefined();
});
