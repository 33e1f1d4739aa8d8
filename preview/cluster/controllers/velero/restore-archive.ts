/**
 * What a restore reads from the bucket (research/velero-formats.md §1, §11): the backup's
 * `<b>.tar.gz` (items under `resources/<group-resource>/namespaces/<ns>/<name>.json` or
 * `/cluster/<name>.json`) and its `-volumeinfo.json.gz`. Objects come from here, never from
 * the live cluster.
 */
import { gunzipSync } from 'node:zlib';
import type { KubeObject, StoredObject } from '../../api/types';
import { asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { readTarGz } from '../../object-store/tar';
import { findLocation, isReachable, locationBucket } from './storage-locations';

export interface ArchivedItem {
  /** e.g. `virtualmachines.kubevirt.io`, `persistentvolumeclaims`. */
  groupResource: string;
  /** '' for cluster-scoped items. */
  namespace: string;
  name: string;
  object: KubeObject;
}

export interface BackupArchive {
  items: ArchivedItem[];
  find(groupResource: string, namespace: string, name: string): ArchivedItem | undefined;
  /** `-volumeinfo.json.gz` entries by PV name. */
  volumeInfo: Map<string, Record<string, unknown>>;
}

const ITEM_PATH = /^resources\/([^/]+)\/(?:namespaces\/([^/]+)|cluster)\/([^/]+)\.json$/;

/** Reads the archive, or returns the error Velero's restore controller would wrap. */
export function readBackupArchive(
  context: ClusterContext,
  backup: StoredObject,
): BackupArchive | { error: string } {
  const spec = isMap(backup.spec) ? backup.spec : {};
  const bsl = findLocation(context, asString(spec.storageLocation) ?? '');
  const where = bsl ? locationBucket(bsl) : undefined;
  const name = backup.metadata.name;
  // Velero's AWS plugin answers a missing or unreachable key with S3's NoSuchKey / a dial error.
  if (!bsl || !where || !isReachable(bsl))
    return {
      error: `error downloading backup: rpc error: code = Unknown desc = RequestError: send request failed`,
    };
  const tarball = context.objectStore.get(
    where.bucket,
    `${where.root}backups/${name}/${name}.tar.gz`,
  );
  if (!tarball)
    return {
      error:
        'error downloading backup: rpc error: code = Unknown desc = operation error S3: GetObject, https response error StatusCode: 404, api error NoSuchKey: The specified key does not exist.',
    };
  const items: ArchivedItem[] = [];
  for (const entry of readTarGz(tarball)) {
    const match = ITEM_PATH.exec(entry.path);
    if (!match) continue;
    const object = JSON.parse(entry.content.toString('utf8')) as KubeObject;
    items.push({
      groupResource: match[1],
      namespace: match[2] ?? '',
      name: match[3],
      object,
    });
  }
  const byKey = new Map(items.map((i) => [`${i.groupResource}|${i.namespace}|${i.name}`, i]));
  const volumeInfo = new Map<string, Record<string, unknown>>();
  const infoFile = context.objectStore.get(
    where.bucket,
    `${where.root}backups/${name}/${name}-volumeinfo.json.gz`,
  );
  if (infoFile) {
    const list = JSON.parse(gunzipSync(infoFile).toString('utf8')) as unknown;
    for (const entry of Array.isArray(list) ? list : [])
      if (isMap(entry) && typeof entry.pvName === 'string') volumeInfo.set(entry.pvName, entry);
  }
  return {
    items,
    find: (groupResource, namespace, itemName) =>
      byKey.get(`${groupResource}|${namespace}|${itemName}`),
    volumeInfo,
  };
}
