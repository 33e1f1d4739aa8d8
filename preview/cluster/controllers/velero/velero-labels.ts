/**
 * The labels Velero 1.16 sets and reads to link its objects (`pkg/apis/velero/v1/
 * labels_annotations.go`, research/oadp-velero.md §2.11), and `label.GetValidName`.
 */
import { createHash } from 'node:crypto';

export const BACKUP_NAME_LABEL = 'velero.io/backup-name';
export const BACKUP_UID_LABEL = 'velero.io/backup-uid';
export const SCHEDULE_NAME_LABEL = 'velero.io/schedule-name';
export const STORAGE_LOCATION_LABEL = 'velero.io/storage-location';
export const GC_FAILURE_LABEL = 'velero.io/gc-failure';

/** A label value from a name: names over 63 characters keep 57 and gain 6 hex of their sha256. */
export function validLabelValue(name: string): string {
  if (name.length <= 63) return name;
  return name.slice(0, 57) + createHash('sha256').update(name).digest('hex').slice(0, 6);
}
