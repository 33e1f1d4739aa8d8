/**
 * The plugin's backend (DESIGN §6): reads Velero's results, resource lists, volume infos,
 * logs and the VMs of a backup's archive for the console, with the user's own token, through
 * DownloadRequests. It takes no URL from the request, caches nothing, and never logs a token.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:net';
import type { BackendConfig } from './config';
import { requestDownloadURL } from './download-request';
import { fetchArchivedVMs } from './backup-contents';
import { BackendError, statusBody } from './errors';
import { parseFilePath } from './files';
import { KubeApi } from './kube-api';
import { fetchJson, streamLog } from './velero-file';

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...NO_STORE, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw new BackendError(
      401,
      'a bearer token is required (the console proxy sends the user token)',
    );
  return match[1];
}

async function serveFile(
  config: BackendConfig,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
) {
  const parsed = parseFilePath(pathname);
  if ('error' in parsed) throw new BackendError(parsed.status, parsed.error);
  const { request } = parsed;
  const api = new KubeApi(
    {
      server: config.apiServer,
      timeoutMs: config.requestTimeoutMs,
      ...(config.apiCa ? { ca: config.apiCa } : {}),
    },
    bearerToken(req),
  );
  const url = await requestDownloadURL(api, request, {
    timeoutMs: config.downloadTimeoutMs,
    pollMs: config.pollMs,
  });
  const limits = {
    timeoutMs: config.requestTimeoutMs,
    maxJsonBytes: config.maxJsonBytes,
    maxLogBytes: config.maxLogBytes,
    ...(config.maxArchiveBytes ? { maxArchiveBytes: config.maxArchiveBytes } : {}),
    ...(config.objectStoreCa ? { ca: config.objectStoreCa } : {}),
  };
  if (request.file.format === 'json') {
    send(res, 200, await fetchJson(url, limits));
    return;
  }
  if (request.file.format === 'vms') {
    send(res, 200, await fetchArchivedVMs(url, limits));
    return;
  }
  const download =
    new URL(req.url ?? '/', 'http://backend').searchParams.get('download') === 'true';
  await streamLog(url, limits, () => {
    res.writeHead(200, {
      ...NO_STORE,
      'Content-Type': 'text/plain; charset=utf-8',
      // `?download=true` (the "Download log" action) saves it as a file named after its owner.
      ...(download
        ? {
            'Content-Disposition': `attachment; filename="${request.name}-${request.file.kind === 'BackupLog' ? 'backup' : 'restore'}-log.txt"`,
          }
        : {}),
      // The plugin says "truncated" when it received this many bytes.
      'X-VDP-Log-Limit': String(config.maxLogBytes),
    });
    return res;
  });
}

export function backendHandler(
  config: BackendConfig,
  log: (line: string) => void,
): RequestListener {
  return (req, res) => {
    const started = Date.now();
    const pathname = new URL(req.url ?? '/', 'http://backend').pathname;
    const done = () =>
      log(`${req.method ?? ''} ${pathname} ${res.statusCode} ${Date.now() - started}ms`);
    res.on('finish', done);
    if (pathname === '/healthz') {
      send(res, 200, { status: 'ok' });
      return;
    }
    if (req.method !== 'GET') {
      send(
        res,
        405,
        statusBody(
          new BackendError(405, `method ${req.method ?? ''} is not allowed`, 'MethodNotAllowed'),
        ),
      );
      return;
    }
    serveFile(config, req, res, pathname).catch((error: unknown) => {
      const failure =
        error instanceof BackendError
          ? error
          : new BackendError(500, error instanceof Error ? error.message : String(error));
      send(res, failure.status, statusBody(failure));
    });
  };
}

export function createBackendServer(config: BackendConfig, log: (line: string) => void): Server {
  const handler = backendHandler(config, log);
  const server = config.tls
    ? createHttpsServer({ cert: config.tls.cert, key: config.tls.key }, handler)
    : createHttpServer(handler);
  server.requestTimeout = config.downloadTimeoutMs + 4 * config.requestTimeoutMs;
  return server;
}
