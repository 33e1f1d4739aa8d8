/**
 * BackupStorageLocations and the bucket behind each (research/oadp-velero.md §2.4,
 * research/velero-formats.md §1): where a backup's files go, whether the location can be
 * reached (the `bucket-unreachable` knob), and whether it is read-only.
 */
import type { StoredObject } from '../../api/types';
import { asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { locationRoot } from '../../object-store/object-store';
import { ANNOTATION_PREFIX } from '../simulation';
import { VELERO_NAMESPACE } from './velero-server';

/** On a BSL: "true" makes its bucket unreachable (validation, uploads and downloads fail). */
export const BUCKET_UNREACHABLE_ANNOTATION = `${ANNOTATION_PREFIX}/bucket-unreachable`;

export interface LocationBucket {
  bucket: string;
  /** `<prefix>/` or '' — prepend to Velero's keys (`backups/<b>/...`). */
  root: string;
}

export function findLocation(context: ClusterContext, name: string): StoredObject | undefined {
  return context.objects.get(kinds(context.registry).backupStorageLocation, VELERO_NAMESPACE, name);
}

/** The location marked `spec.default: true`, as Velero picks when a backup names none. */
export function defaultLocation(context: ClusterContext): StoredObject | undefined {
  return context.objects
    .list(kinds(context.registry).backupStorageLocation, VELERO_NAMESPACE)
    .find((bsl) => isMap(bsl.spec) && bsl.spec.default === true);
}

export function locationBucket(bsl: StoredObject): LocationBucket | undefined {
  const spec = isMap(bsl.spec) ? bsl.spec : {};
  const objectStorage = isMap(spec.objectStorage) ? spec.objectStorage : {};
  const bucket = asString(objectStorage.bucket);
  return bucket ? { bucket, root: locationRoot(asString(objectStorage.prefix)) } : undefined;
}

export function isReachable(bsl: StoredObject): boolean {
  return bsl.metadata.annotations?.[BUCKET_UNREACHABLE_ANNOTATION] !== 'true';
}

export function isReadOnly(bsl: StoredObject): boolean {
  return isMap(bsl.spec) && bsl.spec.accessMode === 'ReadOnly';
}

/** `status.phase` as the BSL controller last validated it (Available / Unavailable). */
export function locationPhase(bsl: StoredObject): string | undefined {
  return isMap(bsl.status) ? asString(bsl.status.phase) : undefined;
}
