/** Writing JSON and Status responses, and presenting stored objects at the requested version. */
import type { ServerResponse } from 'node:http';
import { ApiError, errors } from '../api/errors';
import type { Status } from '../api/errors';
import { apiVersionOf } from '../api/resource-types';
import type { ResourceType } from '../api/resource-types';
import type { KubeObject } from '../api/types';

export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
    ...headers,
  });
  res.end(text);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return errors.internal(message);
}

export function sendError(res: ServerResponse, error: unknown): void {
  const apiError = toApiError(error);
  sendJson(res, apiError.code, apiError.toStatus(), apiError.headers);
}

export function successStatus(details: Status['details']): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details, code: 200 };
}

/** Objects are stored at the storage version; all served versions share one schema (conversion None). */
export function atVersion<T extends KubeObject>(object: T, type: ResourceType, version: string): T {
  const apiVersion = apiVersionOf(type.group, version);
  return object.apiVersion === apiVersion ? object : { ...object, apiVersion };
}

/** Formats Warning headers the way the API server does (RFC 7234 code 299). */
export function warningHeaders(warnings: string[]): Record<string, string> {
  if (warnings.length === 0) return {};
  return { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ') };
}
