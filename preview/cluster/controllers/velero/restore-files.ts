/**
 * The files a restore leaves under `restores/<r>/` (research/velero-formats.md §1, §2, §11):
 * a logrus text log, `{"errors","warnings"}` results with plain messages, the resource list
 * with `(created|updated|failed|skipped)` actions, item operations and `<r>-volumeinfo.json.gz`.
 */
import { gzipSync } from 'node:zlib';
import type { StoredObject } from '../../api/types';
import { rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { findLocation, locationBucket } from './storage-locations';

/** results.Result: messages for Velero itself, cluster-scoped items, and per namespace. */
export interface Result {
  velero?: string[];
  cluster?: string[];
  namespaces?: Record<string, string[]>;
}

export function addResult(result: Result, namespace: string, message: string): void {
  if (!namespace) {
    result.cluster = [...(result.cluster ?? []), message];
    return;
  }
  const namespaces = (result.namespaces ??= {});
  namespaces[namespace] = [...(namespaces[namespace] ?? []), message];
}

export function countResult(result: Result): number {
  return (
    (result.velero?.length ?? 0) +
    (result.cluster?.length ?? 0) +
    Object.values(result.namespaces ?? {}).reduce((sum, list) => sum + list.length, 0)
  );
}

// logrus quotes a value with any character outside this set.
const BARE = /^[A-Za-z0-9\-._/@^+]*$/;
const quote = (value: string) => (BARE.test(value) ? value : JSON.stringify(value));

/** One logrus TextFormatter line: time, level, msg, then the fields sorted by key. */
export function logLine(
  time: number,
  level: string,
  msg: string,
  fields: Record<string, string>,
): string {
  const rest = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${quote(fields[key])}`);
  return [`time=${quote(rfc3339(time))}`, `level=${level}`, `msg=${quote(msg)}`, ...rest].join(' ');
}

/** encode.ToJSONGzip: compact JSON, map keys sorted, a trailing newline, gzipped. */
export function jsonGzip(value: unknown): Buffer {
  const sorted = JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
  return gzipSync(`${sorted}\n`);
}

export interface RestoreFiles {
  log: string[];
  results: { errors: Result; warnings: Result };
  resourceList: Record<string, string[]>;
  operations: unknown[];
  volumeInfo: unknown[];
}

/** Uploads the restore's files next to the backup's location; false when it cannot be reached. */
export function putRestoreFiles(
  context: ClusterContext,
  backup: StoredObject,
  restore: string,
  files: Partial<RestoreFiles>,
): void {
  const spec = (backup.spec ?? {}) as { storageLocation?: string };
  const bsl = findLocation(context, spec.storageLocation ?? '');
  const where = bsl ? locationBucket(bsl) : undefined;
  if (!where) return;
  const dir = `${where.root}restores/${restore}/`;
  const put = (key: string, content: Buffer) =>
    context.objectStore.put(where.bucket, dir + key, content);
  if (files.log) put(`restore-${restore}-logs.gz`, gzipSync(`${files.log.join('\n')}\n`));
  if (files.results) put(`restore-${restore}-results.gz`, jsonGzip(files.results));
  if (files.resourceList)
    put(`restore-${restore}-resource-list.json.gz`, jsonGzip(files.resourceList));
  if (files.operations)
    put(`restore-${restore}-itemoperations.json.gz`, jsonGzip(files.operations));
  if (files.volumeInfo) put(`${restore}-volumeinfo.json.gz`, jsonGzip(files.volumeInfo));
}

export function deleteRestoreFiles(
  context: ClusterContext,
  backup: StoredObject,
  restore: string,
): void {
  const spec = (backup.spec ?? {}) as { storageLocation?: string };
  const bsl = findLocation(context, spec.storageLocation ?? '');
  const where = bsl ? locationBucket(bsl) : undefined;
  if (where) context.objectStore.deletePrefix(where.bucket, `${where.root}restores/${restore}/`);
}
