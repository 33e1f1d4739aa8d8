import { makeContent, makeVMSpec } from '../../test-utils/snapshotContentFixtures';
import { restoreImpact } from './restoreImpact';

describe('restoreImpact (InPlace)', () => {
  it('replaces every backed-up PVC under its own name', () => {
    expect(restoreImpact(makeVMSpec(), makeContent())).toEqual({
      replaced: [
        { volume: 'rootdisk', claim: 'vm-a-rootdisk' },
        { volume: 'datadisk', claim: 'vm-a-data' },
      ],
      deletedDataVolumes: [],
      detached: [],
      notRestored: [],
    });
  });

  it('deletes DataVolumes added after the snapshot and detaches added PVCs', () => {
    const current = makeVMSpec();
    current.dataVolumeTemplates!.push({ metadata: { name: 'vm-a-extra' }, spec: {} });
    current.template.spec!.volumes!.push(
      { name: 'extra', dataVolume: { name: 'vm-a-extra' } },
      { name: 'shared', persistentVolumeClaim: { claimName: 'shared-pvc' } },
    );
    const impact = restoreImpact(current, makeContent());
    expect(impact.deletedDataVolumes).toEqual(['vm-a-extra']);
    expect(impact.detached).toEqual([{ volume: 'shared', claim: 'shared-pvc' }]);
  });

  it('says which snapshot disks have no backup and skips memory dumps', () => {
    const restored = makeVMSpec();
    restored.template.spec!.volumes!.push({ name: 'dump', memoryDump: { claimName: 'dump-pvc' } });
    const content = makeContent(restored, 'vmsc-snap-1', [
      {
        volumeName: 'rootdisk',
        volumeSnapshotName: 'vs-root',
        persistentVolumeClaim: { metadata: { name: 'vm-a-rootdisk' } },
      },
      {
        volumeName: 'dump',
        volumeSnapshotName: 'vs-dump',
        persistentVolumeClaim: { metadata: { name: 'dump-pvc' } },
      },
    ]);
    const impact = restoreImpact(makeVMSpec(), content);
    expect(impact.replaced).toEqual([{ volume: 'rootdisk', claim: 'vm-a-rootdisk' }]);
    expect(impact.notRestored).toEqual([{ volume: 'datadisk', claim: 'vm-a-data' }]);
  });

  it('claims nothing without the content', () => {
    expect(restoreImpact(makeVMSpec(), undefined)).toEqual({
      replaced: [],
      deletedDataVolumes: [],
      detached: [],
      notRestored: [],
    });
  });
});
