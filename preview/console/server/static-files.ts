import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentType = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream';

/** Sends `root/relative` if it is a file inside root; returns false when there is none. */
export const sendFile = (res: ServerResponse, root: string, relative: string): boolean => {
  const file = normalize(join(root, decodeURIComponent(relative)));
  if (!file.startsWith(normalize(root) + sep)) {
    return false;
  }
  try {
    if (!statSync(file).isFile()) {
      return false;
    }
  } catch {
    return false;
  }
  res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
  return true;
};

export const sendText = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
};
