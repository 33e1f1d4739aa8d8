/**
 * Where the plugin's backend answers (ConsolePlugin `spec.proxy`, alias `velero`, DESIGN §6):
 * the console serves it at `/api/proxy/plugin/<plugin>/<alias>/`. Names are encoded; the
 * backend checks them again.
 */
export const BACKEND_BASE = '/api/proxy/plugin/vm-data-protection-plugin/velero';

export type BackupFile =
  | 'results'
  | 'resource-list'
  | 'volume-infos'
  | 'item-operations'
  | 'log'
  | 'csi-volume-snapshots'
  /** The archived VMs' identities and their disks' labels (`archivedVMs.ts`). */
  | 'virtual-machines';
export type RestoreFile = 'results' | 'resource-list' | 'volume-info' | 'item-operations' | 'log';

export const backupFileURL = (namespace: string, backup: string, file: BackupFile): string =>
  `${BACKEND_BASE}/v1/namespaces/${encodeURIComponent(namespace)}/backups/${encodeURIComponent(backup)}/${file}`;

export const restoreFileURL = (namespace: string, restore: string, file: RestoreFile): string =>
  `${BACKEND_BASE}/v1/namespaces/${encodeURIComponent(namespace)}/restores/${encodeURIComponent(restore)}/${file}`;

/** The backend's header giving the log cap: a log of exactly that many bytes was cut. */
export const LOG_LIMIT_HEADER = 'x-vdp-log-limit';
