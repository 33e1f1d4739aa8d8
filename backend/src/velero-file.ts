/**
 * Fetches a pre-signed download URL (never with the user's token: it is signed) and returns
 * the gunzipped content: parsed JSON with a size limit, or a text stream cut at a cap (the
 * backup archive: `backup-contents.ts`).
 */
import type { Writable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import { createGunzip, gunzipSync } from 'node:zlib';
import { BackendError } from './errors';
import { openRequest, readBody } from './http-client';

export interface FileLimits {
  timeoutMs: number;
  /** Largest gzip file accepted, and largest JSON after gunzip. */
  maxJsonBytes: number;
  /** A log is cut after this many bytes of text. */
  maxLogBytes: number;
  /** A backup archive is read up to this many bytes (after gunzip). */
  maxArchiveBytes?: number;
  ca?: string;
}

export async function openFile(url: URL, limits: FileLimits) {
  const response = await openRequest(url, {
    timeoutMs: limits.timeoutMs,
    // An in-cluster store (service CA) or a public one (Node's roots): trust both.
    ...(limits.ca ? { ca: [...rootCertificates, limits.ca].join('\n') } : {}),
  });
  const status = response.statusCode ?? 0;
  if (status === 404) {
    response.resume();
    throw new BackendError(404, 'the file is not in the backup storage location');
  }
  if (status !== 200) {
    response.resume();
    throw new BackendError(502, `the backup storage location answered ${status}`);
  }
  return response;
}

export async function fetchJson(url: URL, limits: FileLimits): Promise<unknown> {
  const gzipped = await readBody(await openFile(url, limits), limits.maxJsonBytes);
  let text: string;
  try {
    text = gunzipSync(gzipped, { maxOutputLength: limits.maxJsonBytes }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new BackendError(413, `the file is larger than ${limits.maxJsonBytes} bytes`);
    throw new BackendError(502, 'the file is not valid gzip');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BackendError(502, 'the file is not valid JSON');
  }
}

/**
 * Streams the gunzipped log into `out`, stopping after `maxLogBytes`. Resolves with whether
 * it was cut (the caller has already sent headers, so it says so in advance by header).
 */
export async function streamLog(
  url: URL,
  limits: FileLimits,
  begin: () => Writable,
): Promise<{ truncated: boolean; bytes: number }> {
  const response = await openFile(url, limits);
  const out = begin();
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    let bytes = 0;
    let done = false;
    const finish = (truncated: boolean) => {
      if (done) return;
      done = true;
      response.destroy();
      gunzip.destroy();
      out.end();
      resolve({ truncated, bytes });
    };
    gunzip.on('data', (chunk: Buffer) => {
      const room = limits.maxLogBytes - bytes;
      if (chunk.length >= room) {
        out.write(chunk.subarray(0, room));
        bytes += room;
        finish(true);
        return;
      }
      bytes += chunk.length;
      out.write(chunk);
    });
    gunzip.on('end', () => finish(false));
    gunzip.on('error', () => {
      if (done) return;
      done = true;
      out.destroy();
      reject(new BackendError(502, 'the log is not valid gzip'));
    });
    response.pipe(gunzip);
  });
}
