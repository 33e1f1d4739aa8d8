/**
 * The allow-list: which Velero files may be read, by URL path, and how each is returned
 * (research/velero-formats.md §3–6, §10–11). Nothing outside this table is ever requested.
 */

/** `vms`: the backup archive, read for its VMs' identities (`backup-contents.ts`). */
export type FileFormat = 'json' | 'text' | 'vms';

export interface VeleroFile {
  /** The DownloadRequest target kind. */
  kind: string;
  format: FileFormat;
}

const BACKUP_FILES: Record<string, VeleroFile> = {
  results: { kind: 'BackupResults', format: 'json' },
  'resource-list': { kind: 'BackupResourceList', format: 'json' },
  'volume-infos': { kind: 'BackupVolumeInfos', format: 'json' },
  'item-operations': { kind: 'BackupItemOperations', format: 'json' },
  log: { kind: 'BackupLog', format: 'text' },
  // The VolumeSnapshots a CSI backup holds, with the labels Velero copied from their PVCs: what
  // a restore's label selectors must match for those PVCs to come back.
  'csi-volume-snapshots': { kind: 'CSIBackupVolumeSnapshots', format: 'json' },
  // The archived VMs (labels, uid, claims) and their disks' labels: what a restore's label
  // selectors are matched against. Never the manifests themselves (they may hold secrets).
  'virtual-machines': { kind: 'BackupContents', format: 'vms' },
};

const RESTORE_FILES: Record<string, VeleroFile> = {
  results: { kind: 'RestoreResults', format: 'json' },
  'resource-list': { kind: 'RestoreResourceList', format: 'json' },
  'volume-info': { kind: 'RestoreVolumeInfo', format: 'json' },
  'item-operations': { kind: 'RestoreItemOperations', format: 'json' },
  log: { kind: 'RestoreLog', format: 'text' },
};

export type Owner = 'backups' | 'restores';

export interface FileRequest {
  owner: Owner;
  /** The Velero namespace (where the Backup or Restore and the DownloadRequest live). */
  namespace: string;
  name: string;
  file: VeleroFile;
}

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const isNamespaceName = (value: string): boolean =>
  value.length <= 63 && DNS_1123_LABEL.test(value);
/** Backup and Restore names are DNS-1123 subdomains (253), as the API server validates them. */
export const isObjectName = (value: string): boolean =>
  value.length <= 253 && DNS_1123_SUBDOMAIN.test(value);

export type ParseResult = { request: FileRequest } | { error: string; status: 400 | 404 };

/** `/v1/namespaces/<ns>/<backups|restores>/<name>/<file>` → a request, or why not. */
export function parseFilePath(pathname: string): ParseResult {
  const parts = pathname.split('/');
  if (parts.length !== 7 || parts[0] !== '' || parts[1] !== 'v1' || parts[2] !== 'namespaces')
    return { status: 404, error: `no such path: ${pathname}` };
  const [, , , namespace, owner, name, fileName] = parts;
  if (owner !== 'backups' && owner !== 'restores')
    return { status: 404, error: `no such path: ${pathname}` };
  const files = owner === 'backups' ? BACKUP_FILES : RESTORE_FILES;
  if (!Object.hasOwn(files, fileName))
    return {
      status: 404,
      error: `unknown file "${fileName}" for ${owner}; one of: ${Object.keys(files).join(', ')}`,
    };
  const file = files[fileName];
  if (!isNamespaceName(namespace))
    return { status: 400, error: `invalid namespace name "${namespace}"` };
  if (!isObjectName(name)) return { status: 400, error: `invalid ${owner} name "${name}"` };
  return { request: { owner, namespace, name, file } };
}
