/**
 * A backup's files in its location's bucket (research/velero-formats.md §1, §4, §7):
 * `backups/<b>/velero-backup.json` (pretty JSON), `<b>.tar.gz` (`metadata/version` and every
 * item twice: `resources/<gr>/namespaces/<ns>/<name>.json` and under
 * `<version>-preferredversion/`), and the gzip JSON files, compact with a trailing newline.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import type { TarEntry } from '../../object-store/tar';
import { readTarGz, writeTarGz } from '../../object-store/tar';
import type { BackupItem } from './backup-items';
import type { Backup } from './backup-spec';
import { groupResource } from './backup-spec';
import { locationBucket } from './storage-locations';

export const FORMAT_VERSION = '1.1.0';

export interface BackupFiles {
  bucket: string;
  dir: string;
  name: string;
}

export function backupFiles(bsl: StoredObject, name: string): BackupFiles | undefined {
  const location = locationBucket(bsl);
  return location && { bucket: location.bucket, dir: `${location.root}backups/${name}/`, name };
}

export const jsonGz = (value: unknown) => gzipSync(`${JSON.stringify(value)}\n`);

export function putJsonGz(
  context: ClusterContext,
  files: BackupFiles,
  suffix: string,
  value: unknown,
) {
  context.objectStore.put(files.bucket, `${files.dir}${files.name}${suffix}`, jsonGz(value));
}

export function readJsonGz(context: ClusterContext, files: BackupFiles, suffix: string): unknown {
  const data = context.objectStore.get(files.bucket, `${files.dir}${files.name}${suffix}`);
  return data ? (JSON.parse(gunzipSync(data).toString()) as unknown) : undefined;
}

/** velero-backup.json: the Backup as the controller holds it, apiVersion and kind always set. */
export function putMetadata(context: ClusterContext, files: BackupFiles, backup: Backup) {
  const object = { ...backup, apiVersion: 'velero.io/v1', kind: 'Backup' };
  context.objectStore.put(
    files.bucket,
    `${files.dir}velero-backup.json`,
    `${JSON.stringify(object, null, 2)}\n`,
  );
}

/** `{"<group/version>/<Kind>": ["<ns>/<name>" | "<name>"]}`, each list sorted. */
export function resourceList(items: BackupItem[]): Record<string, string[]> {
  const list: Record<string, string[]> = {};
  for (const { type, object } of items) {
    const key = `${type.group ? `${type.group}/` : ''}${type.storageVersion}/${type.kind}`;
    const ns = object.metadata.namespace;
    (list[key] ??= []).push(ns ? `${ns}/${object.metadata.name}` : object.metadata.name);
  }
  for (const names of Object.values(list)) names.sort();
  return Object.fromEntries(Object.entries(list).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function putArchive(context: ClusterContext, files: BackupFiles, items: BackupItem[]) {
  const entries: TarEntry[] = [{ path: 'metadata/version', content: Buffer.from(FORMAT_VERSION) }];
  for (const { type, object } of items) {
    const gr = groupResource(type);
    const ns = object.metadata.namespace;
    const where = ns
      ? `namespaces/${ns}/${object.metadata.name}.json`
      : `cluster/${object.metadata.name}.json`;
    const content = Buffer.from(JSON.stringify(object));
    entries.push({ path: `resources/${gr}/${where}`, content });
    entries.push({
      path: `resources/${gr}/${type.storageVersion}-preferredversion/${where}`,
      content,
    });
  }
  context.objectStore.put(files.bucket, `${files.dir}${files.name}.tar.gz`, writeTarGz(entries));
}

/** The first persist, in Velero's order: log, metadata, tarball, then the rest. */
export function putInitialFiles(
  context: ClusterContext,
  files: BackupFiles,
  parts: {
    backup: Backup;
    log: string;
    items: BackupItem[];
    results: unknown;
    volumeInfos: unknown[];
    operations: unknown[];
    csi: { snapshots: unknown[] | null; contents: unknown[] | null; classes: unknown[] | null };
  },
): void {
  context.objectStore.put(files.bucket, `${files.dir}${files.name}-logs.gz`, gzipSync(parts.log));
  putMetadata(context, files, parts.backup);
  putArchive(context, files, parts.items);
  putJsonGz(context, files, '-resource-list.json.gz', resourceList(parts.items));
  putJsonGz(context, files, '-results.gz', parts.results);
  putJsonGz(context, files, '-volumeinfo.json.gz', parts.volumeInfos);
  putJsonGz(context, files, '-itemoperations.json.gz', parts.operations);
  putJsonGz(context, files, '-podvolumebackups.json.gz', null);
  putJsonGz(context, files, '-volumesnapshots.json.gz', null);
  putJsonGz(context, files, '-csi-volumesnapshots.json.gz', parts.csi.snapshots);
  putJsonGz(context, files, '-csi-volumesnapshotcontents.json.gz', parts.csi.contents);
  putJsonGz(context, files, '-csi-volumesnapshotclasses.json.gz', parts.csi.classes);
}

/** The finalizer's re-upload of the archive, with the DataUploads (post-operation items) added. */
export function addToArchive(context: ClusterContext, files: BackupFiles, items: BackupItem[]) {
  const key = `${files.dir}${files.name}.tar.gz`;
  const data = context.objectStore.get(files.bucket, key);
  if (!data || items.length === 0) return;
  const entries = readTarGz(data);
  const paths = new Set(entries.map((e) => e.path));
  for (const { type, object } of items) {
    const gr = groupResource(type);
    const ns = object.metadata.namespace;
    const where = ns
      ? `namespaces/${ns}/${object.metadata.name}.json`
      : `cluster/${object.metadata.name}.json`;
    const content = Buffer.from(JSON.stringify(object));
    for (const path of [
      `resources/${gr}/${where}`,
      `resources/${gr}/${type.storageVersion}-preferredversion/${where}`,
    ])
      if (!paths.has(path)) entries.push({ path, content });
  }
  context.objectStore.put(files.bucket, key, writeTarGz(entries));
}

/** Items the first pass listed in real Velero but this one archives at finalize (CSI snapshots). */
export function addToResourceList(
  context: ClusterContext,
  files: BackupFiles,
  items: BackupItem[],
) {
  if (items.length === 0) return;
  const listed = readJsonGz(context, files, '-resource-list.json.gz') as
    Record<string, string[]> | undefined;
  const merged = { ...listed };
  for (const [kind, names] of Object.entries(resourceList(items)))
    merged[kind] = [...new Set([...(merged[kind] ?? []), ...names])].sort();
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
  putJsonGz(context, files, '-resource-list.json.gz', sorted);
}
