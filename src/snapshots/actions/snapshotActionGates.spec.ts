import { makeRestore, makeSnapshot } from '../../test-utils/fixtures';
import {
  makeContent,
  makeReadySnapshot,
  makeVMSpec,
  makeVMWithSpec,
} from '../../test-utils/snapshotContentFixtures';
import { cloneGate, deleteGate, restoreGate } from './snapshotActionGates';
import type { SnapshotActionInput } from './snapshotActionGates';

const input = (over: Partial<SnapshotActionInput> = {}): SnapshotActionInput => ({
  snapshot: makeReadySnapshot(),
  vm: makeVMWithSpec(),
  restores: [],
  content: makeContent(),
  can: { restore: true, clone: true, delete: true },
  ...over,
});

describe('restoreGate', () => {
  it('is open for a ready snapshot of the same, existing VM', () => {
    expect(restoreGate(input())).toEqual({ disabled: false });
  });

  it('names the first blocking reason', () => {
    const none = { restore: false, clone: false, delete: false };
    expect(restoreGate(input({ can: none }))).toMatchObject({ reason: 'noPermission' });
    expect(
      restoreGate(input({ snapshot: makeReadySnapshot('s', { readyToUse: false }) })),
    ).toMatchObject({ reason: 'notUsable' });
    expect(
      restoreGate(input({ snapshot: makeSnapshot('s', 'vm-a', { phase: 'InProgress' }) })),
    ).toMatchObject({ reason: 'notUsable' });
    expect(restoreGate(input({ vm: undefined }))).toMatchObject({ reason: 'vmUnknown' });
    expect(restoreGate(input({ vm: null }))).toMatchObject({ reason: 'vmDeleted' });
    expect(
      restoreGate(input({ snapshot: makeReadySnapshot('s', { sourceUID: 'uid-old-vm' }) })),
    ).toMatchObject({ reason: 'earlierVM' });
    const deleting = makeReadySnapshot();
    deleting.metadata = { ...deleting.metadata, deletionTimestamp: '2026-11-02T00:00:00Z' };
    expect(restoreGate(input({ snapshot: deleting }))).toMatchObject({ reason: 'deleting' });
  });

  it('waits for a running restore of the VM, but not for a failed one', () => {
    const running = makeRestore('r-run', 'other', 'vm-a', { complete: false });
    expect(restoreGate(input({ restores: [running] }))).toEqual({
      disabled: true,
      reason: 'restoreRunning',
      detail: 'r-run',
    });
    const failed = makeRestore('r-fail', 'other', 'vm-a', {
      complete: false,
      conditions: [{ type: 'Failure', status: 'True', reason: 'boom' }],
    });
    expect(restoreGate(input({ restores: [failed] }))).toEqual({ disabled: false });
    const otherVM = makeRestore('r-b', 'other', 'vm-b', { complete: false });
    expect(restoreGate(input({ restores: [otherVM] }))).toEqual({ disabled: false });
  });
});

describe('cloneGate', () => {
  it('is open for a complete snapshot and still open when the VM is gone', () => {
    expect(cloneGate(input())).toEqual({ disabled: false });
    expect(cloneGate(input({ vm: null }))).toEqual({ disabled: false });
  });

  it('refuses partial snapshots, naming the disks', () => {
    const partial = makeReadySnapshot('s', {
      snapshotVolumes: { includedVolumes: ['rootdisk'], excludedVolumes: ['datadisk'] },
    });
    expect(cloneGate(input({ snapshot: partial }))).toEqual({
      disabled: true,
      reason: 'partial',
      detail: 'datadisk',
    });
    const flagged = makeReadySnapshot('s', {
      sourceIndications: [{ indication: 'PartialSnapshot', message: 'Some volumes were excluded' }],
    });
    expect(cloneGate(input({ snapshot: flagged, content: undefined }))).toMatchObject({
      reason: 'partial',
    });
  });

  it('refuses VMs with any vTPM (seed 004), persistent EFI, and unusable snapshots', () => {
    for (const tpm of [{ persistent: true }, {}, { enabled: true }]) {
      const spec = makeVMSpec();
      spec.template.spec!.domain.devices.tpm = tpm;
      expect(cloneGate(input({ content: makeContent(spec) }))).toEqual({
        disabled: true,
        reason: 'vTPM',
      });
    }
    const off = makeVMSpec();
    off.template.spec!.domain.devices.tpm = { enabled: false };
    expect(cloneGate(input({ content: makeContent(off) }))).toEqual({ disabled: false });
    const efi = makeVMSpec();
    efi.template.spec!.domain.firmware = { bootloader: { efi: { persistent: true } } };
    expect(cloneGate(input({ content: makeContent(efi) }))).toMatchObject({
      reason: 'backendStorage',
    });
    expect(
      cloneGate(input({ snapshot: makeReadySnapshot('s', { readyToUse: false }) })),
    ).toMatchObject({ reason: 'notUsable' });
    expect(cloneGate(input({ can: { restore: true, clone: false, delete: true } }))).toMatchObject({
      reason: 'noPermission',
    });
  });
});

describe('deleteGate', () => {
  it('needs the delete permission', () => {
    expect(deleteGate(input())).toEqual({ disabled: false });
    expect(deleteGate(input({ can: { restore: true, clone: true, delete: false } }))).toMatchObject(
      { reason: 'noPermission' },
    );
  });
});
