/**
 * A stand-in for the API server and a bucket, for the backend's protocol tests: it records
 * every request (path, token) so tests can assert what the backend sent where. The end-to-end
 * tests against the local cluster's real Velero simulation are in `local-cluster.spec.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
}

export interface FakeCluster {
  url: string;
  requests: Recorded[];
  files: Map<string, Buffer>;
  /** Backups that exist, by name → storage location. */
  backups: Map<string, string>;
  /** When false, DownloadRequests stay New forever (Velero cannot reach the location). */
  processes: { value: boolean };
  close(): Promise<void>;
}

const status = (res: ServerResponse, code: number, message: string, reason: string) => {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(
    JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, code }),
  );
};

export async function startFakeCluster(): Promise<FakeCluster> {
  const requests: Recorded[] = [];
  const files = new Map<string, Buffer>();
  const backups = new Map<string, string>();
  const processes = { value: true };
  const requestsMade = new Map<string, { target: string; kind: string }>();
  let counter = 0;
  let base = '';
  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      method: req.method ?? '',
      path,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (path.startsWith('/bucket/')) {
      const file = files.get(path.slice('/bucket/'.length));
      if (!file) return status(res, 404, 'NoSuchKey', 'NotFound');
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      return res.end(file);
    }
    if (req.headers.authorization === 'Bearer viewer')
      return status(
        res,
        403,
        `backups.velero.io is forbidden: User "viewer" cannot get resource "backups" in API group "velero.io" in the namespace "openshift-adp"`,
        'Forbidden',
      );
    const backup = /^\/apis\/velero.io\/v1\/namespaces\/openshift-adp\/backups\/([^/]+)$/.exec(
      path,
    );
    if (backup) {
      const location = backups.get(backup[1]);
      if (!location)
        return status(res, 404, `backups.velero.io "${backup[1]}" not found`, 'NotFound');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(
        JSON.stringify({ metadata: { name: backup[1] }, spec: { storageLocation: location } }),
      );
    }
    if (
      path === '/apis/velero.io/v1/namespaces/openshift-adp/downloadrequests' &&
      req.method === 'POST'
    ) {
      const object = JSON.parse(body) as { spec: { target: { kind: string; name: string } } };
      const name = `dr-${++counter}`;
      requestsMade.set(name, { target: object.spec.target.name, kind: object.spec.target.kind });
      res.writeHead(201, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ ...object, metadata: { name }, status: {} }));
    }
    const dr = /^\/apis\/velero.io\/v1\/namespaces\/openshift-adp\/downloadrequests\/([^/]+)$/.exec(
      path,
    );
    if (dr && requestsMade.has(dr[1])) {
      const { target, kind } = requestsMade.get(dr[1]) ?? { target: '', kind: '' };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(
        JSON.stringify({
          metadata: { name: dr[1] },
          status: processes.value
            ? { phase: 'Processed', downloadURL: `${base}/bucket/${target}/${kind}` }
            : { phase: 'New' },
        }),
      );
    }
    return status(res, 404, 'the server could not find the requested resource', 'NotFound');
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    files,
    backups,
    processes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const gz = (text: string): Buffer => gzipSync(Buffer.from(text));
