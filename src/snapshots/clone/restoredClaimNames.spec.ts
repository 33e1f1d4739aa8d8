import { makeContent, makeVMSpec } from '../../test-utils/snapshotContentFixtures';
import { restoredClaimNames } from './restoredClaimNames';

const backup = (volumeName: string, volumeSnapshotName?: string) => ({
  volumeName,
  volumeSnapshotName,
  persistentVolumeClaim: { metadata: { name: `vm-a-${volumeName}` }, spec: {} },
});

describe('restoredClaimNames', () => {
  it('prefixes every restored volume with the new VM name', () => {
    expect(restoredClaimNames('vm-new', makeContent())).toEqual([
      'vm-new-rootdisk',
      'vm-new-datadisk',
    ]);
  });

  it('cuts names to 63 characters, as KubeVirt does', () => {
    const [claim] = restoredClaimNames('a'.repeat(60), makeContent());
    expect(claim).toBe(`${'a'.repeat(60)}-ro`);
  });

  it('leaves out backups without a VolumeSnapshot and memory dumps', () => {
    const spec = makeVMSpec();
    spec.template = {
      ...spec.template,
      spec: {
        ...spec.template?.spec,
        domain: spec.template?.spec?.domain ?? { devices: {} },
        volumes: [
          ...(spec.template?.spec?.volumes ?? []),
          { name: 'dump', memoryDump: { claimName: 'dump-pvc' } },
        ],
      },
    };
    const content = makeContent(spec, 'vmsc', [
      backup('rootdisk', 'vs-root'),
      backup('pending'),
      backup('dump', 'vs-dump'),
    ]);
    expect(restoredClaimNames('vm-new', content)).toEqual(['vm-new-rootdisk']);
  });

  it('is empty without content', () => {
    expect(restoredClaimNames('vm-new', undefined)).toEqual([]);
  });
});
