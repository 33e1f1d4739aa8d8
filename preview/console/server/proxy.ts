import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Duplex } from 'node:stream';
import { authorizationFor } from './users';

export const API_PREFIX = '/api/kubernetes';

export type ClusterTarget = {
  url: URL;
  /** Real cluster: every request carries this token. Local cluster: the cookie's user decides. */
  token?: string;
  /** Accept the real cluster's self-signed certificate. */
  insecure?: boolean;
};

const statusBody = (code: number, message: string) =>
  JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code });

const rawHeaderLines = (raw: string[]) => {
  const lines: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    lines.push(`${raw[i] ?? ''}: ${raw[i + 1] ?? ''}`);
  }
  return lines;
};

/**
 * `/api/kubernetes/*` → the cluster, for plain requests and WebSocket watches alike, adding the
 * selected user's bearer token and dropping the browser's cookies (as the console's bridge does).
 */
export const createClusterProxy = ({ url, token, insecure }: ClusterTarget) => {
  const sockets = new Set<Duplex>();
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const base = url.pathname.replace(/\/$/, '');

  const upstream = (req: IncomingMessage, extra: IncomingHttpHeaders = {}) => {
    const headers: IncomingHttpHeaders = { ...req.headers, ...extra, host: url.host };
    delete headers.cookie;
    delete headers.authorization;
    const auth = authorizationFor(req, token);
    if (auth) {
      headers.authorization = auth;
    }
    return request({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port,
      method: req.method,
      path: base + (req.url ?? '').slice(API_PREFIX.length),
      headers,
      rejectUnauthorized: !insecure,
    });
  };

  const http = (req: IncomingMessage, res: ServerResponse) => {
    const up = upstream(req);
    up.on('response', (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', (e) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'application/json' });
      }
      res.end(statusBody(502, `The cluster at ${url.origin} is unreachable: ${e.message}`));
    });
    // A browser that gives up (HTTP watch, navigation) must not leave the upstream open.
    res.on('close', () => up.destroy());
    req.pipe(up);
  };

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const up = upstream(req, {
      connection: 'Upgrade',
      upgrade: req.headers.upgrade ?? 'websocket',
    });
    up.on('upgrade', (upRes, upSocket, upHead) => {
      socket.write(
        [
          `HTTP/1.1 101 ${upRes.statusMessage ?? 'Switching Protocols'}`,
          ...rawHeaderLines(upRes.rawHeaders),
        ].join('\r\n') + '\r\n\r\n',
      );
      if (upHead.length) {
        socket.write(upHead);
      }
      if (head.length) {
        upSocket.write(head);
      }
      sockets.add(socket);
      const end = () => {
        sockets.delete(socket);
        socket.destroy();
        upSocket.destroy();
      };
      socket.on('close', end).on('error', end);
      upSocket.on('close', end).on('error', end);
      upSocket.pipe(socket).pipe(upSocket);
    });
    up.on('response', (upRes) => {
      // Refused upgrade (401, 403, 404...): relay status and body, then close.
      const type = upRes.headers['content-type'] ?? 'text/plain';
      socket.write(
        `HTTP/1.1 ${upRes.statusCode ?? 502} ${upRes.statusMessage ?? ''}\r\n` +
          `Content-Type: ${type}\r\nConnection: close\r\n\r\n`,
      );
      upRes.pipe(socket);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
    up.end();
  };

  /** Cuts every open watch socket as a network failure would (the browser sees code 1006). */
  const dropWatches = () => {
    const count = sockets.size;
    sockets.forEach((s) => s.destroy());
    sockets.clear();
    return count;
  };

  return { http, upgrade, dropWatches, openWatches: () => sockets.size };
};
