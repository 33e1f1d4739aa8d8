/**
 * Velero 1.16's BackupStorageLocation controller (`backup_storage_location_controller.go`,
 * `persistence/object_store.go` `IsValid`; research/oadp-velero.md §2.4): each location is
 * validated when it is new and then every `validationFrequency` (server default 1m, `0` = only
 * once) on the cluster clock — `Available`, or `Unavailable` with the reason in `message` (a
 * bucket made unreachable by the knob, or top-level folders Velero does not know) — and only
 * the most recently created of several default locations stays default.
 */
import type { StoredObject } from '../../api/types';
import { asString, clone, isMap, rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { parseGoDuration } from '../../storage/clock';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import { isReachable, locationBucket } from './storage-locations';
import { VELERO_NAMESPACE } from './velero-server';

const DEFAULT_FREQUENCY_MS = 60_000;
const VALID_TOP_LEVEL = new Set(['backups', 'restores', 'restic', 'kopia', 'metadata', 'plugins']);

/** A spec duration (Go text) with the server default when unset or negative. */
export function periodOf(value: unknown, fallback: number): number {
  const ms = typeof value === 'string' ? parseGoDuration(value) : undefined;
  return ms === undefined || ms < 0 ? fallback : ms;
}

/** How the AWS plugin reports a bucket it cannot reach (this simulation's network failure). */
export function unreachableError(bsl: StoredObject): string {
  const spec = isMap(bsl.spec) ? bsl.spec : {};
  const config = isMap(spec.config) ? spec.config : {};
  const target = locationBucket(bsl);
  const bucket = target?.bucket ?? '';
  const endpoint =
    asString(config.s3Url)?.replace(/\/+$/, '') ??
    `https://s3.${asString(config.region) ?? 'us-east-1'}.amazonaws.com`;
  return `rpc error: code = Unknown desc = operation error S3: ListObjectsV2, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , HostID: , request send failed, Get "${endpoint}/${bucket}?delimiter=%2F&list-type=2&prefix=${encodeURIComponent(target?.root ?? '')}": dial tcp: i/o timeout`;
}

/** `backupStore.IsValid()`: the error Velero wraps into the location's message, if any. */
export function storeProblem(context: ClusterContext, bsl: StoredObject): string | undefined {
  const target = locationBucket(bsl);
  if (!target) return 'backup storage location does not use object storage';
  if (!isReachable(bsl)) return unreachableError(bsl);
  const dirs = new Set(
    context.objectStore
      .list(target.bucket, target.root)
      .map((key) => key.slice(target.root.length).split('/'))
      .filter((parts) => parts.length > 1)
      .map((parts) => parts[0]),
  );
  const invalid = [...dirs].filter((d) => !VALID_TOP_LEVEL.has(d)).sort();
  if (invalid.length > 3)
    return `Backup store contains ${invalid.length} invalid top-level directories: [${[...invalid.slice(0, 3), '...'].join(' ')}]`;
  if (invalid.length > 0)
    return `Backup store contains invalid top-level directories: [${invalid.join(' ')}]`;
  return undefined;
}

export function storageValidationController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  /** Generation last validated, per location: a spec change (or a start) validates at once. */
  const validated = new Map<string, number>();

  /** `ensureSingleDefaultBSL`: the newest default location wins. */
  function ensureSingleDefault(): void {
    const defaults = context.objects
      .list(k.backupStorageLocation, VELERO_NAMESPACE)
      .filter((b) => isMap(b.spec) && b.spec.default === true);
    if (defaults.length < 2) return;
    const newest = defaults.reduce((a, b) =>
      (timeOf(b.metadata.creationTimestamp) ?? 0) > (timeOf(a.metadata.creationTimestamp) ?? 0)
        ? b
        : a,
    );
    for (const bsl of defaults) {
      if (bsl.metadata.name === newest.metadata.name) continue;
      const next = clone(bsl);
      (next.spec as Record<string, unknown>).default = false;
      writeObject(context, k.backupStorageLocation, next);
    }
  }

  return {
    name: 'velero-backup-storage-location',
    primary: k.backupStorageLocation,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      ensureSingleDefault();
      const bsl = context.objects.get(k.backupStorageLocation, ref.namespace, ref.name);
      if (!bsl || bsl.metadata.deletionTimestamp) return undefined;
      const spec = isMap(bsl.spec) ? bsl.spec : {};
      const status = isMap(bsl.status) ? bsl.status : {};
      const frequency = periodOf(spec.validationFrequency, DEFAULT_FREQUENCY_MS);
      const last = timeOf(status.lastValidationTime);
      const now = context.clock.now();
      // The knob is this simulation's: it takes effect at once, not at the next validation.
      const knobChanged = isReachable(bsl)
        ? (asString(status.message) ?? '').includes('dial tcp: i/o timeout')
        : status.phase !== 'Unavailable';
      const specChanged = validated.get(bsl.metadata.uid) !== bsl.metadata.generation;
      if (last !== undefined && !knobChanged && !specChanged) {
        if (frequency === 0) return undefined;
        if (now < last + frequency) return requeueAt(context, last + frequency);
      }
      const problem = storeProblem(context, bsl);
      const next = clone(bsl);
      next.status = {
        ...status,
        phase: problem ? 'Unavailable' : 'Available',
        lastValidationTime: rfc3339(now),
      };
      if (problem)
        (next.status as Record<string, unknown>).message =
          `BackupStorageLocation "${bsl.metadata.name}" is unavailable: ${problem}`;
      else delete (next.status as Record<string, unknown>).message;
      const written = writeObject(context, k.backupStorageLocation, next);
      validated.set(written.metadata.uid, written.metadata.generation ?? 1);
      return frequency === 0 ? undefined : requeueAt(context, now + frequency);
    },
  };
}
