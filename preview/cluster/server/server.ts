/**
 * The HTTP server: every request is checked (caller, size, faults), authenticated, authorized
 * and routed; every failure becomes a Kubernetes Status. WebSocket upgrades on a watch URL
 * stream the same events as chunked HTTP, one JSON event per text frame.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import type { Certificate } from './tls';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { errors } from '../api/errors';
import type { ClusterContext } from '../cluster-context';
import { authenticate, authorize, checkLocalCaller } from './access';
import { parseRequestInfo } from './request-info';
import { sendError, toApiError } from './responses';
import { resolveType, route, watchParams } from './router';
import { handleSignedDownload, isSignedDownload } from './signed-download';
import { startWatch } from './watch';

const PUBLIC_PATHS = new Set(['/healthz', '/livez', '/readyz']);

function splitUrl(url: string | undefined): { path: string; query: URLSearchParams } {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return {
    path: q < 0 ? raw : raw.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)),
  };
}

async function handle(
  context: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    checkLocalCaller(req.headers);
    const { path, query } = splitUrl(req.url);
    if (PUBLIC_PATHS.has(path)) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('ok');
      return;
    }
    if (isSignedDownload(path)) {
      handleSignedDownload(context, req, res, path, query);
      return;
    }
    const info = parseRequestInfo(req.method ?? 'GET', path, query);
    const user = authenticate(context, req.headers);
    if (info.isResource) await context.faults.beforeRequest(info.verb === 'watch');
    authorize(context, user, info);
    await route(context, req, res, info, user, query);
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code >= 500)
      context.log(`${req.method ?? ''} ${req.url ?? ''}: ${apiError.message}`);
    // Drain what is left of the body so keep-alive connections stay usable.
    req.resume();
    sendError(res, apiError);
  }
}

function protocolsOf(req: IncomingMessage): string[] {
  return (req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function rejectUpgrade(socket: Socket, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${code} ${code === 401 ? 'Unauthorized' : code === 403 ? 'Forbidden' : 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

export interface ApiServer {
  /** One port for both: a TLS ClientHello goes to HTTPS, anything else to plain HTTP. */
  server: Server;
  /** Ends open watches and connections (the server itself is closed by the caller). */
  closeConnections(): void;
}

export function createApiServer(context: ClusterContext, certificate: Certificate): ApiServer {
  const sockets = new Set<Socket>();
  const webSockets = new Set<WebSocket>();
  // Prefer a real subprotocol over the bearer-token one (which only carries the token).
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) =>
      [...protocols].find((p) => !p.startsWith('base64url.bearer.')) ?? [...protocols][0] ?? false,
  });
  const onRequest = (req: IncomingMessage, res: ServerResponse) => void handle(context, req, res);
  const http = createServer(onRequest);
  const https = createHttpsServer({ key: certificate.key, cert: certificate.cert }, onRequest);
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  for (const inner of [http, https]) {
    // Node closes an idle keep-alive connection after 5 s, racing a client that reuses it
    // (Playwright's request context got ECONNRESET); the API server keeps them far longer.
    inner.keepAliveTimeout = 65_000;
    inner.headersTimeout = 66_000;
    inner.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
    inner.on('upgrade', onUpgrade);
  }
  function onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    try {
      checkLocalCaller(req.headers);
      const { path, query } = splitUrl(req.url);
      const info = parseRequestInfo('GET', path, query);
      if (!info.isResource || info.verb !== 'watch')
        throw errors.badRequest('WebSocket is only supported for watch requests (?watch=true)');
      const user = authenticate(context, req.headers, protocolsOf(req));
      authorize(context, user, info);
      const params = watchParams(resolveType(context, info), info, query, req.headers.accept);
      wss.handleUpgrade(req, socket, head, (ws) => {
        webSockets.add(ws);
        ws.on('close', () => webSockets.delete(ws));
        ws.on('error', () => ws.terminate());
        try {
          startWatch(context, params, {
            send: (text) => ws.send(text),
            close: () => ws.close(1000),
            onClose: (callback) => ws.on('close', callback),
          });
        } catch (error) {
          ws.send(JSON.stringify({ type: 'ERROR', object: toApiError(error).toStatus() }));
          ws.close(1000);
        }
      });
    } catch (error) {
      const apiError = toApiError(error);
      rejectUpgrade(socket, apiError.code, apiError.toStatus());
    }
  }
  return {
    server,
    closeConnections: () => {
      for (const ws of webSockets) ws.terminate();
      for (const socket of sockets) socket.destroy();
    },
  };
}
