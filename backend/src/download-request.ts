/**
 * Asks Velero for a file the way `velero backup logs` does (research/velero-formats.md §10):
 * create a DownloadRequest for the target, wait until it is Processed with a `downloadURL`.
 * Velero never answers for a missing backup or an unreachable location, so the wait has a
 * limit and the timeout names the storage location to look at.
 */
import { BackendError } from './errors';
import type { FileRequest } from './files';
import type { KubeApi, KubeObject } from './kube-api';
import { veleroPath } from './kube-api';

export interface WaitOptions {
  timeoutMs: number;
  pollMs: number;
}

/** The Backup's storage location (for a Restore, its backup's), read with the user's token. */
async function storageLocationOf(api: KubeApi, request: FileRequest): Promise<string | undefined> {
  const owner = await api.get(veleroPath(request.namespace, request.owner, request.name));
  const backupName = request.owner === 'restores' ? owner.spec?.backupName : request.name;
  if (typeof backupName !== 'string' || !backupName) return undefined;
  const backup =
    request.owner === 'backups'
      ? owner
      : await api.get(veleroPath(request.namespace, 'backups', backupName)).catch(() => undefined);
  const location = backup?.spec?.storageLocation;
  return typeof location === 'string' ? location : undefined;
}

export function buildDownloadRequest(request: FileRequest): Record<string, unknown> {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'DownloadRequest',
    metadata: {
      generateName: `${request.name.slice(0, 200)}-`,
      namespace: request.namespace,
      labels: { 'app.kubernetes.io/created-by': 'vm-data-protection-plugin' },
    },
    spec: { target: { kind: request.file.kind, name: request.name } },
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function requestDownloadURL(
  api: KubeApi,
  request: FileRequest,
  options: WaitOptions,
): Promise<URL> {
  // Reading the owner first turns "no such backup" and "no access" into the API's own answer.
  const location = await storageLocationOf(api, request);
  const created = await api.create(
    veleroPath(request.namespace, 'downloadrequests'),
    buildDownloadRequest(request),
  );
  const path = veleroPath(request.namespace, 'downloadrequests', created.metadata.name);
  const deadline = Date.now() + options.timeoutMs;
  let current: KubeObject = created;
  for (;;) {
    const url = current.status?.downloadURL;
    if (current.status?.phase === 'Processed' && typeof url === 'string' && url)
      return new URL(url);
    if (Date.now() >= deadline) break;
    await delay(options.pollMs);
    current = await api.get(path);
  }
  throw new BackendError(
    504,
    `Velero did not process download request ${created.metadata.name} within ${Math.round(options.timeoutMs / 1000)} s; ` +
      (location
        ? `check that backup storage location "${location}" is available`
        : 'check that the backup storage location is available'),
  );
}
