import type {
  V1Volume,
  V1beta1VirtualMachineSnapshot,
  V1beta1VirtualMachineSnapshotContent,
} from '@shared/k8s/types';
import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';

/** The VM spec stored in the snapshot content: what a restore or clone brings back. */
export const snapshotVMSpec = (
  content: V1beta1VirtualMachineSnapshotContent | undefined,
): V1VirtualMachineSpec | undefined => content?.spec?.source?.virtualMachine?.spec;

/** The PVC or DataVolume a volume uses; undefined for other sources (containerDisk, cloud-init…). */
export const claimOf = (volume: V1Volume): string | undefined =>
  volume.persistentVolumeClaim?.claimName ?? volume.dataVolume?.name;

export const specVolumes = (spec: V1VirtualMachineSpec | undefined): V1Volume[] =>
  spec?.template?.spec?.volumes ?? [];

/**
 * Persistent TPM or EFI state lives in a backend PVC outside the VM spec; KubeVirt refuses to
 * restore such a snapshot into another VM, so clones fail (research §2.4, §2.6).
 */
export const hasBackendStorage = (spec: V1VirtualMachineSpec | undefined): boolean => {
  const domain = spec?.template?.spec?.domain;
  return !!(domain?.devices?.tpm?.persistent || domain?.firmware?.bootloader?.efi?.persistent);
};

/**
 * Any vTPM device, persistent or not (one with `enabled: false` is off): "Cloning a VM with a
 * vTPM device attached to it or creating a new VM from its snapshot is not supported" (seed 004).
 */
export const hasVTPM = (spec: V1VirtualMachineSpec | undefined): boolean => {
  const tpm = spec?.template?.spec?.domain?.devices?.tpm;
  return !!tpm && tpm.enabled !== false;
};

/**
 * PVC/DataVolume volumes whose data is not in the snapshot. A clone needs a backup of every
 * one of them ("volume … is not backed up"), so such a partial snapshot cannot be cloned.
 * Without the content only the PartialSnapshot indication can tell.
 */
export const unbackedClaimVolumes = (
  snapshot: V1beta1VirtualMachineSnapshot,
  content: V1beta1VirtualMachineSnapshotContent | undefined,
): string[] => {
  const spec = snapshotVMSpec(content);
  if (!spec) {
    return [];
  }
  const backedUp = new Set((content?.spec?.volumeBackups ?? []).map((b) => b.volumeName));
  const excluded = new Set(snapshot.status?.snapshotVolumes?.excludedVolumes ?? []);
  return specVolumes(spec)
    .filter((v) => claimOf(v) && !v.memoryDump && (excluded.has(v.name) || !backedUp.has(v.name)))
    .map((v) => v.name);
};

/** The controller flags a snapshot that left out a snapshottable disk (KubeVirt ≥ 1.9). */
export const hasPartialIndication = (snapshot: V1beta1VirtualMachineSnapshot): boolean =>
  !!snapshot.status?.sourceIndications?.some((i) => i.indication === 'PartialSnapshot') ||
  !!snapshot.status?.indications?.includes('PartialSnapshot');
