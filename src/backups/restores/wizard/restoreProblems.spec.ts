import type { ProblemInput } from './restoreProblems';
import { restoreProblems } from './restoreProblems';

const fedora = { namespace: 'demo', name: 'fedora-web' };
const vmConflict = {
  vm: fedora,
  kind: 'VirtualMachine' as const,
  namespace: 'demo',
  name: 'fedora-web',
};
const pvcConflict = {
  vm: fedora,
  kind: 'PersistentVolumeClaim' as const,
  namespace: 'demo',
  name: 'fedora-web-rootdisk',
};
const ok: ProblemInput = {
  source: true,
  picked: [fedora],
  unselectable: [],
  target: 'demo',
  targetExists: true,
  mayCreateNamespace: false,
  mayCreateVMs: true,
  conflicts: [],
  conflictChoice: 'none',
  mayRestore: { allowed: true, reason: 'You may not create Restores in openshift-adp.' },
};

test('everything chosen and quiet: nothing in the way', () => {
  expect(restoreProblems(ok)).toEqual([]);
});

test('no VM picked', () => {
  expect(restoreProblems({ ...ok, picked: [] })).toEqual([{ code: 'no-vm' }]);
});

test('the resource list cannot be read: its message, nothing else asked', () => {
  expect(restoreProblems({ ...ok, listError: 'NoSuchKey: backup gone' })).toEqual([
    { code: 'list-unreadable', message: 'NoSuchKey: backup gone' },
  ]);
});

test('an invalid namespace name: only that, no access question for a name that cannot exist', () => {
  expect(restoreProblems({ ...ok, target: 'Demo_Copy', targetNameProblem: 'invalid' })).toEqual([
    { code: 'namespace-name', problem: 'invalid' },
  ]);
});

test('a namespace that does not exist, for a user who may not create namespaces', () => {
  expect(restoreProblems({ ...ok, target: 'demo-copy', targetExists: false })).toEqual([
    { code: 'namespace-missing', namespace: 'demo-copy' },
  ]);
  expect(
    restoreProblems({ ...ok, target: 'demo-copy', targetExists: false, mayCreateNamespace: true }),
  ).toEqual([]);
});

test('a namespace where the user may not create VMs', () => {
  expect(restoreProblems({ ...ok, target: 'prod', mayCreateVMs: false })).toEqual([
    { code: 'no-vm-access', namespace: 'prod' },
  ]);
});

test('conflicts block until a choice; deleting the VM first clears its own disks', () => {
  const conflicts = [vmConflict, pvcConflict];
  expect(restoreProblems({ ...ok, conflicts })).toEqual([{ code: 'conflicts', conflicts }]);
  expect(restoreProblems({ ...ok, conflicts, conflictChoice: 'delete-first' })).toEqual([]);
});

test('a leftover claim of no existing VM cannot be cleared by deleting a VM', () => {
  expect(
    restoreProblems({ ...ok, conflicts: [pvcConflict], conflictChoice: 'delete-first' }),
  ).toEqual([{ code: 'not-deletable', conflicts: [pvcConflict] }]);
});

test('the viewer: the access review reason comes first', () => {
  expect(
    restoreProblems({ ...ok, mayRestore: { ...ok.mayRestore, allowed: false }, source: false }),
  ).toEqual([
    { code: 'no-restore-access', reason: 'You may not create Restores in openshift-adp.' },
    { code: 'no-source' },
  ]);
});

test('a VM with no label of its own in the backup', () => {
  expect(restoreProblems({ ...ok, unselectable: [fedora] })).toEqual([
    { code: 'unselectable', vms: [fedora] },
  ]);
});

test('VMs of two namespaces: one restore maps one source namespace, so the user is told to split', () => {
  expect(restoreProblems({ ...ok, picked: [fedora, { namespace: 'prod', name: 'api' }] })).toEqual([
    { code: 'several-namespaces', namespaces: ['demo', 'prod'] },
  ]);
});

test('a disk whose CSI snapshot no label selects alone: named, and nothing sent', () => {
  const disk = { namespace: 'demo', name: 'fedora-web', claim: 'fedora-web-rootdisk' };
  expect(restoreProblems({ ...ok, snapshotsLeftOut: [disk] })).toEqual([
    { code: 'snapshots-left-out', disks: [disk] },
  ]);
});
