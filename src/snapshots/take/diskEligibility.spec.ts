import type { V1Volume } from '@shared/k8s/types';
import { acknowledgementKey, diskEligibility, isConfigOnly } from './diskEligibility';
import { isSpecDefinedVolume } from './specDefinedVolume';
import {
  NOT_SUPPORTED,
  cloudInitDisk,
  containerDisk,
  makeVM,
  rootDisk,
} from './takeSnapshotFixtures';

const pvcDisk: V1Volume = { name: 'datadisk', persistentVolumeClaim: { claimName: 'data' } };
const noClass = 'No VolumeSnapshotClass: Volume snapshots are not configured for this StorageClass';

describe('isSpecDefinedVolume', () => {
  it.each<V1Volume>([
    cloudInitDisk,
    { name: 'v', cloudInitConfigDrive: {} },
    { name: 'v', configMap: { name: 'cm' } },
    { name: 'v', secret: { secretName: 's' } },
    { name: 'v', serviceAccount: { serviceAccountName: 'sa' } },
    { name: 'v', sysprep: {} },
    { name: 'v', downwardAPI: {} },
    { name: 'v', downwardMetrics: {} },
  ])('%j is recreated from the VM configuration', (volume) => {
    expect(isSpecDefinedVolume(volume)).toBe(true);
  });

  it.each<V1Volume | undefined>([
    rootDisk,
    pvcDisk,
    containerDisk,
    { name: 'v', emptyDisk: { capacity: '1Gi' } },
    { name: 'v', ephemeral: {} },
    { name: 'v', hostDisk: { path: '/d', type: 'Disk' } },
    { name: 'v' },
    undefined,
  ])('%j holds data of its own', (volume) => {
    expect(isSpecDefinedVolume(volume)).toBe(false);
  });
});

describe('diskEligibility', () => {
  it('splits reported disks into included, not included (with reasons) and recreated', () => {
    const vm = makeVM({
      volumes: [rootDisk, pvcDisk, containerDisk, cloudInitDisk],
      statuses: [
        { name: 'rootdisk', enabled: true },
        { name: 'datadisk', enabled: false, reason: noClass },
        { name: 'containerdisk', enabled: false, reason: NOT_SUPPORTED('containerdisk') },
        { name: 'cloudinitdisk', enabled: false, reason: NOT_SUPPORTED('cloudinitdisk') },
      ],
    });
    const disks = diskEligibility(vm);
    expect(disks).toEqual({
      statusKnown: true,
      included: [{ name: 'rootdisk' }],
      notIncluded: [
        { name: 'datadisk', reason: noClass },
        { name: 'containerdisk', reason: NOT_SUPPORTED('containerdisk') },
      ],
      recreated: [{ name: 'cloudinitdisk', reason: NOT_SUPPORTED('cloudinitdisk') }],
      unknown: [],
      hotplugged: [],
    });
    expect(isConfigOnly(disks)).toBe(false);
    expect(acknowledgementKey(disks)).toBeDefined();
  });

  it('needs no acknowledgement when only spec-defined volumes are left out', () => {
    const disks = diskEligibility(
      makeVM({
        statuses: [
          { name: 'rootdisk', enabled: true },
          { name: 'cloudinitdisk', enabled: false, reason: 'r' },
        ],
      }),
    );
    expect(disks.notIncluded).toEqual([]);
    expect(acknowledgementKey(disks)).toBeUndefined();
  });

  it('reports "unknown" (never "no disks") while volumeSnapshotStatuses is absent', () => {
    const disks = diskEligibility(makeVM({ volumes: [rootDisk, pvcDisk, cloudInitDisk] }));
    expect(disks).toEqual({
      statusKnown: false,
      included: [],
      notIncluded: [],
      recreated: [{ name: 'cloudinitdisk' }],
      unknown: [{ name: 'rootdisk' }, { name: 'datadisk' }],
      hotplugged: [],
    });
    expect(isConfigOnly(disks)).toBe(false);
    expect(acknowledgementKey(disks)).toBeDefined();
  });

  it('asks for acknowledgement even for a VM with no volumes while the status is absent', () => {
    const disks = diskEligibility(makeVM({ volumes: [] }));
    expect(disks.statusKnown).toBe(false);
    expect(acknowledgementKey(disks)).toBeDefined();
  });

  it('lists a volume added after the status was computed as unknown', () => {
    const disks = diskEligibility(
      makeVM({ volumes: [rootDisk, pvcDisk], statuses: [{ name: 'rootdisk', enabled: true }] }),
    );
    expect(disks.unknown).toEqual([{ name: 'datadisk' }]);
    expect(acknowledgementKey(disks)).toBeDefined();
  });

  it('treats a disabled status with no matching volume (e.g. backend storage) as not included', () => {
    const disks = diskEligibility(
      makeVM({
        volumes: [rootDisk],
        statuses: [
          { name: 'rootdisk', enabled: true },
          { name: 'vm-a-persistent-state', enabled: false, reason: 'PVC not found' },
        ],
      }),
    );
    expect(disks.notIncluded).toEqual([{ name: 'vm-a-persistent-state', reason: 'PVC not found' }]);
  });

  it('is "configuration only" when no disk is eligible', () => {
    const disks = diskEligibility(
      makeVM({
        volumes: [containerDisk, cloudInitDisk],
        statuses: [
          { name: 'containerdisk', enabled: false, reason: 'x' },
          { name: 'cloudinitdisk', enabled: false, reason: 'y' },
        ],
      }),
    );
    expect(isConfigOnly(disks)).toBe(true);
    expect(acknowledgementKey(disks)).toBeDefined();
  });

  it('changes the acknowledgement key when the left-out disks change', () => {
    const unknownKey = acknowledgementKey(diskEligibility(makeVM({ volumes: [rootDisk] })));
    const knownKey = acknowledgementKey(
      diskEligibility(
        makeVM({
          volumes: [rootDisk],
          statuses: [{ name: 'rootdisk', enabled: false, reason: 'r' }],
        }),
      ),
    );
    expect(unknownKey).toBeDefined();
    expect(knownKey).toBeDefined();
    expect(knownKey).not.toBe(unknownKey);
  });
});
