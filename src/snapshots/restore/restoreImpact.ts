import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import type { V1beta1VirtualMachineSnapshotContent } from '@shared/k8s/types';
import { claimOf, snapshotVMSpec, specVolumes } from '../status/snapshotContent';

export type VolumeClaim = { volume: string; claim: string };

/** What an InPlace restore does to the VM's storage (research/kubevirt-snapshots.md §2.4). */
export type RestoreImpact = {
  /** Deleted, then re-created from the VolumeSnapshot under the same name: newer data is lost. */
  replaced: VolumeClaim[];
  /** In the VM's dataVolumeTemplates but not in the snapshot: deleted with their PVCs. */
  deletedDataVolumes: string[];
  /** Used by the VM now but not by the snapshot: removed from the VM, the PVC is kept. */
  detached: VolumeClaim[];
  /** In the snapshot without a backup: the VM gets the disk back with its current data. */
  notRestored: VolumeClaim[];
};

const claimVolumes = (spec: V1VirtualMachineSpec | undefined): VolumeClaim[] =>
  specVolumes(spec).flatMap((v) => {
    const claim = claimOf(v);
    return claim && !v.memoryDump ? [{ volume: v.name, claim }] : [];
  });

export const restoreImpact = (
  current: V1VirtualMachineSpec | undefined,
  content: V1beta1VirtualMachineSnapshotContent | undefined,
): RestoreImpact => {
  const restored = snapshotVMSpec(content);
  if (!restored) {
    return { replaced: [], deletedDataVolumes: [], detached: [], notRestored: [] };
  }
  const memoryDumps = new Set(
    specVolumes(restored)
      .filter((v) => v.memoryDump)
      .map((v) => v.name),
  );
  // memoryDump volumes are snapshotted but never restored.
  const replaced = (content?.spec?.volumeBackups ?? [])
    .filter((b) => !memoryDumps.has(b.volumeName))
    .map((b) => ({ volume: b.volumeName, claim: b.persistentVolumeClaim?.metadata?.name ?? '' }))
    .filter((r) => r.claim);
  const keptTemplates = new Set((restored.dataVolumeTemplates ?? []).map((t) => t.metadata?.name));
  const deletedDataVolumes = (current?.dataVolumeTemplates ?? [])
    .map((t) => t.metadata?.name ?? '')
    .filter((name) => name && !keptTemplates.has(name));
  const restoredClaims = new Set(claimVolumes(restored).map((v) => v.claim));
  const backedUp = new Set(replaced.map((r) => r.volume));
  return {
    replaced,
    deletedDataVolumes,
    detached: claimVolumes(current).filter(
      (v) => !restoredClaims.has(v.claim) && !deletedDataVolumes.includes(v.claim),
    ),
    notRestored: claimVolumes(restored).filter((v) => !backedUp.has(v.volume)),
  };
};
