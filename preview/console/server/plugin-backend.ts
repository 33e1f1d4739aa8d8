/**
 * The plugin's backend in the preview, served the way the console serves a
 * `ConsolePlugin.spec.proxy` entry with `authorization: UserToken`
 * (research/velero-formats.md §12): `/api/proxy/plugin/<plugin>/<alias>/<path>` → the backend's
 * `/<path>`, cookies, `Origin` and `X-CSRFToken` dropped, the user's bearer token set, and
 * `Content-Security-Policy: sandbox` on the answer.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackendServer } from '../../../backend/src/server';
import type { ClusterTarget } from './proxy';
import { LOCAL_USERS } from './users';

export const BACKEND_ALIAS = 'velero';

const cookieUser = (req: IncomingMessage): string =>
  /(?:^|;\s*)preview-user=([a-z]+)/.exec(req.headers.cookie ?? '')?.[1] ?? 'admin';

/** Starts the backend in this process on a free loopback port, against the preview's cluster. */
export const startPluginBackend = async (cluster: ClusterTarget, log: (line: string) => void) => {
  const server = createBackendServer(
    {
      host: '127.0.0.1',
      port: 0,
      apiServer: cluster.url,
      downloadTimeoutMs: 30_000,
      pollMs: 100,
      requestTimeoutMs: 15_000,
      maxJsonBytes: 16 * 1024 * 1024,
      maxLogBytes: 10 * 1024 * 1024,
    },
    log,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export const createBackendProxy =
  (backend: URL, prefix: string, remoteToken?: string) =>
  (req: IncomingMessage, res: ServerResponse) => {
    const user = cookieUser(req);
    // The local cluster knows each user by a token of its name ("admin" included).
    const token =
      remoteToken ?? ((LOCAL_USERS as readonly string[]).includes(user) ? user : 'admin');
    const headers: IncomingHttpHeaders = {
      ...req.headers,
      host: backend.host,
      authorization: `Bearer ${token}`,
    };
    delete headers.cookie;
    delete headers.origin;
    delete headers['x-csrftoken'];
    const up = request({
      hostname: backend.hostname,
      port: backend.port,
      method: req.method,
      path: `/${(req.url ?? '').slice(prefix.length)}`,
      headers,
    });
    up.on('response', (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, {
        ...upRes.headers,
        'content-security-policy': 'sandbox;',
        'x-content-type-options': 'nosniff',
      });
      upRes.pipe(res);
    });
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`The plugin backend is unreachable: ${e.message}`);
    });
    res.on('close', () => up.destroy());
    req.pipe(up);
  };
