import { makeVM } from '../../test-utils/fixtures';
import { makeContent, makeReadySnapshot } from '../../test-utils/snapshotContentFixtures';
import { snapshotVolumeRows, volumeBackupRows } from './volumeRows';

describe('snapshotVolumeRows', () => {
  it('marks included and excluded volumes and says why', () => {
    expect(snapshotVolumeRows(makeReadySnapshot(), makeContent(), null)).toEqual([
      { name: 'rootdisk', included: true, source: 'dataVolume', claim: 'vm-a-rootdisk' },
      { name: 'datadisk', included: true, source: 'persistentVolumeClaim', claim: 'vm-a-data' },
      {
        name: 'cloudinitdisk',
        included: false,
        source: 'cloudInitNoCloud',
        reason: 'unsupportedSource',
      },
    ]);
  });

  it('uses the VM’s reasons only when it is the VM the snapshot was taken from', () => {
    const snapshot = makeReadySnapshot('s', {
      snapshotVolumes: {
        includedVolumes: ['rootdisk'],
        excludedVolumes: ['datadisk', 'cloudinitdisk'],
      },
    });
    const statuses = [{ name: 'datadisk', enabled: false, reason: 'No VolumeSnapshotClass' }];
    const same = makeVM('vm-a', { volumeSnapshotStatuses: statuses });
    const data = (vm: typeof same) =>
      snapshotVolumeRows(snapshot, makeContent(), vm).find((r) => r.name === 'datadisk');
    expect(data(same)).toMatchObject({
      reason: 'claimNotBackedUp',
      detail: 'No VolumeSnapshotClass',
    });
    const newer = makeVM('vm-a', { volumeSnapshotStatuses: statuses }, 'uid-newer');
    expect(data(newer)).toMatchObject({ reason: 'claimNotBackedUp', detail: undefined });
  });
});

describe('volumeBackupRows', () => {
  it('reads readiness from the VolumeSnapshot, and flags one that is gone', () => {
    const rows = volumeBackupRows(makeContent(), [
      { metadata: { name: 'vmsnapshot-rootdisk' }, status: { readyToUse: true } },
    ]);
    expect(rows).toEqual([
      {
        volume: 'rootdisk',
        pvc: 'vm-a-rootdisk',
        size: '30Gi',
        storageClass: 'fast',
        volumeSnapshot: 'vmsnapshot-rootdisk',
        ready: 'ready',
        error: undefined,
      },
      expect.objectContaining({ volume: 'datadisk', ready: 'missing' }),
    ]);
  });

  it('is unknown without the VolumeSnapshot list or content status', () => {
    expect(volumeBackupRows(makeContent(), undefined).map((r) => r.ready)).toEqual([
      'unknown',
      'unknown',
    ]);
  });
});
