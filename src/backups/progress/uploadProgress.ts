import type { DataUpload, VeleroBackup } from '../k8s/types';

/**
 * How far a backup is: items from its status, bytes from its DataUploads when it moves data
 * (research/oadp-velero.md §2.7). Uploads are matched by the `velero.io/backup-name` label,
 * which Velero sets on each (research/velero-formats.md §9).
 */
export type BackupProgress = {
  items?: { done: number; total: number };
  bytes?: { done: number; total: number };
  uploads: DataUpload[];
};

export const uploadsOf = (backupName: string, uploads: DataUpload[]): DataUpload[] =>
  uploads.filter((u) => u.metadata?.labels?.['velero.io/backup-name'] === backupName);

export const backupProgress = (backup: VeleroBackup, uploads: DataUpload[]): BackupProgress => {
  const mine = uploadsOf(backup.metadata?.name ?? '', uploads);
  const progress = backup.status?.progress;
  const items =
    progress?.totalItems !== undefined
      ? { done: progress.itemsBackedUp ?? 0, total: progress.totalItems }
      : undefined;
  const total = mine.reduce((sum, u) => sum + (u.status?.progress?.totalBytes ?? 0), 0);
  const done = mine.reduce(
    (sum, u) =>
      sum +
      (u.status?.phase === 'Completed'
        ? (u.status.progress?.totalBytes ?? 0)
        : (u.status?.progress?.bytesDone ?? 0)),
    0,
  );
  return {
    ...(items ? { items } : {}),
    ...(mine.length > 0 && total > 0 ? { bytes: { done, total } } : {}),
    uploads: mine,
  };
};

/** Percent for a progress bar, 0–100, whole numbers; undefined without a total. */
export const percent = (part: { done: number; total: number } | undefined): number | undefined =>
  part && part.total > 0 ? Math.min(100, Math.floor((part.done / part.total) * 100)) : undefined;

/** An upload that has sat in Accepted or Prepared longer than this probably has no node agent. */
export const STUCK_AFTER_MS = 5 * 60_000;

export const isUploadStuck = (upload: DataUpload, now: number): boolean => {
  const phase = upload.status?.phase;
  if (phase !== 'Accepted' && phase !== 'Prepared') return false;
  const since = Date.parse(
    upload.status?.acceptedTimestamp ?? upload.metadata?.creationTimestamp ?? '',
  );
  return !Number.isNaN(since) && now - since > STUCK_AFTER_MS;
};
