/** Request bodies: a size limit (the API server's 3 MiB), media types and decoding. */
import type { IncomingMessage } from 'node:http';
import yaml from 'js-yaml';
import { ApiError, errors } from '../api/errors';
import { PROTOBUF, decodeProtobuf } from './protobuf';

export const MAX_BODY_BYTES = 3 * 1024 * 1024;
/** Past this we stop draining and drop the connection instead of reading forever. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** Reads the whole body; a body over the limit is drained and answered with 413. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () => {
      if (tooLarge) reject(errors.tooLarge(limit));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      reject(tooLarge ? errors.tooLarge(limit) : error);
    });
  });
}

/** Decodes a JSON or YAML body into a value; anything else is 415, bad syntax 400. */
export function decodeBody(body: Buffer, contentType: string, accepted: string[]): unknown {
  const type = mediaType(contentType);
  if (!accepted.includes(type)) throw errors.unsupportedMediaType(accepted);
  if (type === PROTOBUF) return decodeProtobuf(body);
  const text = body.toString('utf8');
  if (type.endsWith('yaml')) {
    try {
      return yaml.load(text, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw errors.badRequest(
        `error converting YAML to JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw errors.badRequest(
      `couldn't get version/kind; json parse error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
