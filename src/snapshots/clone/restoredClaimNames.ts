import type { V1beta1VirtualMachineSnapshotContent } from '@shared/k8s/types';
import { snapshotVMSpec, specVolumes } from '../status/snapshotContent';

/**
 * The PVCs a clone with `volumeNamePolicy: PrefixTargetName` restores into: `<target>-<volume>`,
 * cut to 63 characters. Memory dumps and backups without a VolumeSnapshot are not restored
 * (research §2.4). KubeVirt reuses a bound PVC that already has such a name as it is, so the
 * new VM would silently get someone else's disk.
 */
export const restoredClaimNames = (
  targetName: string,
  content: V1beta1VirtualMachineSnapshotContent | undefined,
): string[] => {
  const volumes = specVolumes(snapshotVMSpec(content));
  return (content?.spec?.volumeBackups ?? [])
    .filter(
      (b) => !!b.volumeSnapshotName && !volumes.find((v) => v.name === b.volumeName)?.memoryDump,
    )
    .map((b) => `${targetName}-${b.volumeName}`.slice(0, 63));
};
