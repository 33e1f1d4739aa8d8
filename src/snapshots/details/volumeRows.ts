import type {
  V1VirtualMachine,
  V1Volume,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { claimOf, snapshotVMSpec, specVolumes } from '../status/snapshotContent';

export type SnapshotVolumeRow = {
  name: string;
  included: boolean;
  /** The volume source kind in the stored VM (dataVolume, persistentVolumeClaim, containerDisk…). */
  source?: string;
  claim?: string;
  /** Why it was left out: its source cannot be snapshotted, or its PVC could not be. */
  reason?: 'unsupportedSource' | 'claimNotBackedUp';
  /** The VM's current reason for this volume (status.volumeSnapshotStatuses), when known. */
  detail?: string;
};

const sourceKind = (volume: V1Volume | undefined): string | undefined =>
  volume ? Object.keys(volume).find((key) => key !== 'name') : undefined;

/**
 * Included and excluded volumes with the reason for each exclusion. The VM's own reasons are
 * only used when it is the same VM the snapshot was taken from.
 */
export const snapshotVolumeRows = (
  snapshot: V1beta1VirtualMachineSnapshot,
  content: V1beta1VirtualMachineSnapshotContent | undefined,
  vm: V1VirtualMachine | null | undefined,
): SnapshotVolumeRow[] => {
  const lists = snapshot.status?.snapshotVolumes;
  const included = new Set(lists?.includedVolumes ?? []);
  const volumes = new Map(specVolumes(snapshotVMSpec(content)).map((v) => [v.name, v]));
  const sameVM = !!vm && vm.metadata?.uid === snapshot.status?.sourceUID;
  const vmReasons = new Map(
    (sameVM ? (vm.status?.volumeSnapshotStatuses ?? []) : []).map((s) => [s.name, s.reason]),
  );
  const names = [...new Set([...included, ...(lists?.excludedVolumes ?? []), ...volumes.keys()])];
  return names.map((name) => {
    const volume = volumes.get(name);
    const claim = volume ? claimOf(volume) : undefined;
    const isIncluded = included.has(name);
    return {
      name,
      included: isIncluded,
      source: sourceKind(volume),
      claim,
      reason: isIncluded ? undefined : claim ? 'claimNotBackedUp' : 'unsupportedSource',
      detail: isIncluded ? undefined : vmReasons.get(name) || undefined,
    };
  });
};

export type VolumeSnapshot = K8sResourceCommon & {
  status?: { readyToUse?: boolean; error?: { message?: string } };
};

export type VolumeBackupRow = {
  volume: string;
  pvc?: string;
  size?: string;
  storageClass?: string;
  volumeSnapshot?: string;
  /** From the VolumeSnapshot itself, else from the content's status. */
  ready: 'ready' | 'notReady' | 'missing' | 'unknown';
  error?: string;
};

export const volumeBackupRows = (
  content: V1beta1VirtualMachineSnapshotContent | undefined,
  volumeSnapshots: VolumeSnapshot[] | undefined,
): VolumeBackupRow[] =>
  (content?.spec?.volumeBackups ?? []).map((b) => {
    const vsName = b.volumeSnapshotName;
    const vs = volumeSnapshots?.find((s) => s.metadata?.name === vsName);
    const fromContent = content?.status?.volumeSnapshotStatus?.find(
      (s) => s.volumeSnapshotName === vsName,
    );
    let ready: VolumeBackupRow['ready'] = 'unknown';
    if (vs) {
      ready = vs.status?.readyToUse ? 'ready' : 'notReady';
    } else if (volumeSnapshots && vsName) {
      ready = 'missing';
    } else if (fromContent?.readyToUse !== undefined) {
      ready = fromContent.readyToUse ? 'ready' : 'notReady';
    }
    return {
      volume: b.volumeName,
      pvc: b.persistentVolumeClaim?.metadata?.name,
      size: b.persistentVolumeClaim?.spec?.resources?.requests?.storage,
      storageClass: b.persistentVolumeClaim?.spec?.storageClassName,
      volumeSnapshot: vsName,
      ready,
      error: vs?.status?.error?.message ?? fromContent?.error?.message,
    };
  });
