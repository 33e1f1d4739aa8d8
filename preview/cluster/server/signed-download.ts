/**
 * `GET|HEAD /object-store/<bucket>/<key>?X-Expires=…&X-Signature=…` — the object store's answer
 * to a pre-signed URL (research/velero-formats.md §10), as S3 answers one: the file byte for
 * byte (gzip as Velero wrote it), 403 for a wrong or expired signature, 404 for a missing key,
 * each error an S3-style XML body. No bearer token: the signature is the credential.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClusterContext } from '../cluster-context';
import { SIGNED_URL_PATH } from '../object-store/signed-urls';

function s3Error(res: ServerResponse, code: number, s3Code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${s3Code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(code, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function isSignedDownload(path: string): boolean {
  return path.startsWith(SIGNED_URL_PATH);
}

export function handleSignedDownload(
  context: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    s3Error(
      res,
      405,
      'MethodNotAllowed',
      'The specified method is not allowed against this resource.',
    );
    return;
  }
  let parts: string[];
  try {
    parts = path.slice(SIGNED_URL_PATH.length).split('/').map(decodeURIComponent);
  } catch {
    s3Error(res, 400, 'InvalidURI', 'Could not parse the specified URI.');
    return;
  }
  const [bucket, ...keyParts] = parts;
  const key = keyParts.join('/');
  if (!bucket || keyParts.some((p) => p === '' || p === '..' || p.includes('/'))) {
    s3Error(res, 400, 'InvalidURI', 'Could not parse the specified URI.');
    return;
  }
  const check = context.objectStore.urls.check(bucket, key, query, context.clock.now());
  if (check === 'invalid') {
    s3Error(
      res,
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
    return;
  }
  if (check === 'expired') {
    s3Error(res, 403, 'AccessDenied', 'Request has expired');
    return;
  }
  let content: Buffer | undefined;
  try {
    content = context.objectStore.get(bucket, key);
  } catch {
    content = undefined;
  }
  if (!content) {
    s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'binary/octet-stream',
    'Content-Length': content.length,
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}
