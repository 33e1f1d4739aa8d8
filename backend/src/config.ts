/** The backend's settings, from the environment (the chart sets them; the preview too). */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_MAX_ARCHIVE_BYTES } from './backup-contents';

export interface BackendConfig {
  host: string;
  port: number;
  /** Serve HTTPS with these PEM files (the service CA's serving certificate). */
  tls?: { cert: string; key: string };
  apiServer: URL;
  apiCa?: string;
  /** How long to wait for Velero to process a DownloadRequest. */
  downloadTimeoutMs: number;
  pollMs: number;
  /** Each API call and file fetch. */
  requestTimeoutMs: number;
  maxJsonBytes: number;
  maxLogBytes: number;
  /** How much of a backup archive (after gunzip) is read for its VMs; default in `backup-contents.ts`. */
  maxArchiveBytes?: number;
  /** Extra CA for the object store's pre-signed URLs (added to Node's public roots). */
  objectStoreCa?: string;
}

const SERVICE_ACCOUNT_CA = '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt';

function number(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${key} must be a positive integer, got "${raw}"`);
  return value;
}

const readPem = (path: string | undefined) => (path ? readFileSync(path, 'utf8') : undefined);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): BackendConfig {
  const inCluster = env.KUBERNETES_SERVICE_HOST
    ? `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`
    : undefined;
  const apiServer = env.VDP_API_SERVER ?? inCluster;
  if (!apiServer) throw new Error('VDP_API_SERVER is not set and not running in a cluster');
  const apiCaPath =
    env.VDP_API_CA ?? (existsSync(SERVICE_ACCOUNT_CA) ? SERVICE_ACCOUNT_CA : undefined);
  const apiCa = readPem(apiCaPath);
  // Optional: the chart mounts it from a ConfigMap that may not exist outside OpenShift.
  const objectStoreCaPath = env.VDP_OBJECT_STORE_CA;
  const objectStoreCa =
    objectStoreCaPath && existsSync(objectStoreCaPath) ? readPem(objectStoreCaPath) : undefined;
  return {
    host: env.VDP_BACKEND_HOST ?? '0.0.0.0',
    port: number(env, 'VDP_BACKEND_PORT', 8443),
    ...(env.VDP_TLS_CERT && env.VDP_TLS_KEY
      ? {
          tls: {
            cert: readFileSync(env.VDP_TLS_CERT, 'utf8'),
            key: readFileSync(env.VDP_TLS_KEY, 'utf8'),
          },
        }
      : {}),
    apiServer: new URL(apiServer),
    ...(apiCa ? { apiCa } : {}),
    downloadTimeoutMs: number(env, 'VDP_DOWNLOAD_TIMEOUT_MS', 30_000),
    pollMs: number(env, 'VDP_POLL_MS', 200),
    requestTimeoutMs: number(env, 'VDP_REQUEST_TIMEOUT_MS', 15_000),
    maxJsonBytes: number(env, 'VDP_MAX_JSON_BYTES', 16 * 1024 * 1024),
    maxLogBytes: number(env, 'VDP_MAX_LOG_BYTES', 10 * 1024 * 1024),
    maxArchiveBytes: number(env, 'VDP_MAX_ARCHIVE_BYTES', DEFAULT_MAX_ARCHIVE_BYTES),
    ...(objectStoreCa ? { objectStoreCa } : {}),
  };
}
