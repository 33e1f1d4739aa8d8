import type { DataUpload } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import type { VMVolumes } from '../results/groupResultsByVM';

/** One BackupVolumeInfo entry, as far as the page reads it (research/velero-formats.md §5). */
export type VolumeInfo = {
  pvcName?: string;
  pvcNamespace?: string;
  backupMethod?: string;
  snapshotDataMoved?: boolean;
  skipped?: boolean;
  skippedReason?: string;
  result?: string;
  csiSnapshotInfo?: { driver?: string; size?: number };
};

export type DiskMethod =
  'data-mover' | 'csi-snapshot' | 'fs-backup' | 'native-snapshot' | 'skipped' | 'unknown';

export type DiskRow = {
  pvc: string;
  method: DiskMethod;
  upload?: DataUpload;
  info?: VolumeInfo;
  /** Why it was skipped, as Velero words it (`csiSnapshot: skipped b/c …;`). */
  skippedReason?: string;
};

export type VMDisks = { vm: VMRef; disks: DiskRow[] };

const methodOf = (info: VolumeInfo | undefined, upload: DataUpload | undefined): DiskMethod => {
  if (upload) return 'data-mover';
  if (!info) return 'unknown';
  if (info.skipped) return 'skipped';
  if (info.backupMethod === 'CSISnapshot')
    return info.snapshotDataMoved ? 'data-mover' : 'csi-snapshot';
  if (info.backupMethod === 'PodVolumeBackup') return 'fs-backup';
  if (info.backupMethod === 'NativeSnapshot') return 'native-snapshot';
  return 'unknown';
};

/**
 * Per VM, per disk: how it was saved and how far its upload is. Disks come from the VM's
 * claims; what Velero did with each comes from the volume infos (after the backup) and the
 * live DataUploads (during it).
 */
export const vmDiskRows = (
  vms: VMRef[],
  volumes: VMVolumes[],
  infos: VolumeInfo[],
  uploads: DataUpload[],
): VMDisks[] =>
  vms.map((vm) => {
    const claims =
      volumes.find((v) => v.vm.namespace === vm.namespace && v.vm.name === vm.name)?.claims ?? [];
    const disks = claims.map((pvc): DiskRow => {
      const info = infos.find(
        (i) => i.pvcName === pvc && (!i.pvcNamespace || i.pvcNamespace === vm.namespace),
      );
      const upload = uploads.find(
        (u) =>
          u.spec?.sourcePVC === pvc &&
          (!u.spec.sourceNamespace || u.spec.sourceNamespace === vm.namespace),
      );
      return {
        pvc,
        method: methodOf(info, upload),
        ...(upload ? { upload } : {}),
        ...(info ? { info } : {}),
        ...(info?.skipped && info.skippedReason ? { skippedReason: info.skippedReason } : {}),
      };
    });
    return { vm, disks };
  });
