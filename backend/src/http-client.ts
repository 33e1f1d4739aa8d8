/**
 * One HTTP(S) request with a time limit and a size limit, no redirects followed: what the
 * backend needs to talk to the API server and to fetch a pre-signed download URL.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BackendError } from './errors';

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** PEM bundle to trust for https (the cluster CA); default: Node's roots. */
  ca?: string;
  timeoutMs: number;
}

/** Opens the request and resolves with the response once its headers arrive. */
export function openRequest(url: URL, options: RequestOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      reject(new BackendError(502, `unsupported URL scheme ${url.protocol}`));
      return;
    }
    const req = send(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      ...(options.ca ? { ca: options.ca } : {}),
      timeout: options.timeoutMs,
    });
    req.on('timeout', () =>
      req.destroy(
        new BackendError(504, `no answer from ${url.host} within ${options.timeoutMs} ms`),
      ),
    );
    req.on('error', (error) =>
      reject(
        error instanceof BackendError
          ? error
          : new BackendError(502, `${url.host}: ${error.message}`),
      ),
    );
    req.on('response', resolve);
    req.end(options.body);
  });
}

/** Reads a whole body, failing with 413 past `maxBytes`. */
export function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new BackendError(413, `the response is larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', (error) => reject(new BackendError(502, error.message)));
  });
}

export async function requestBuffer(
  url: URL,
  options: RequestOptions & { maxBytes: number },
): Promise<{ status: number; body: Buffer }> {
  const response = await openRequest(url, options);
  return { status: response.statusCode ?? 0, body: await readBody(response, options.maxBytes) };
}
