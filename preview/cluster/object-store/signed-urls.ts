/**
 * Pre-signed object-store URLs, as Velero's `CreateSignedURL` hands out for DownloadRequests
 * (research/velero-formats.md §10): `GET <cluster>/object-store/<bucket>/<key>?X-Expires=…&
 * X-Signature=…`, an HMAC-SHA256 over method, bucket, key and expiry. The secret is kept in the
 * object-store folder (so URLs survive a restart) or made per process with `--in-memory`. Like
 * S3, the URL itself is the credential: no bearer token is needed.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNED_URL_PATH = '/object-store/';
const KEY_FILE = '.url-signing-key';

export type SignatureCheck = 'valid' | 'invalid' | 'expired';

export class UrlSigner {
  private readonly secret: Buffer;
  /** `http://127.0.0.1:<port>`, set once the server listens; no URL can be made before. */
  baseUrl?: string;

  constructor(dir?: string) {
    this.secret = dir ? loadOrCreate(dir) : randomBytes(32);
  }

  /** A URL for `key` in `bucket` that works until `expiresAt` (epoch ms, the cluster's clock). */
  sign(bucket: string, key: string, expiresAt: number): string | undefined {
    if (!this.baseUrl) return undefined;
    const expires = String(Math.floor(expiresAt / 1000));
    const path = `${SIGNED_URL_PATH}${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
    return `${this.baseUrl}${path}?X-Expires=${expires}&X-Signature=${this.mac(bucket, key, expires)}`;
  }

  check(bucket: string, key: string, query: URLSearchParams, now: number): SignatureCheck {
    const expires = query.get('X-Expires') ?? '';
    const given = Buffer.from(query.get('X-Signature') ?? '', 'utf8');
    const expected = Buffer.from(this.mac(bucket, key, expires), 'utf8');
    if (!/^\d+$/.test(expires) || given.length !== expected.length) return 'invalid';
    if (!timingSafeEqual(given, expected)) return 'invalid';
    return Number(expires) * 1000 < now ? 'expired' : 'valid';
  }

  private mac(bucket: string, key: string, expires: string): string {
    return createHmac('sha256', this.secret)
      .update(`GET\n${bucket}\n${key}\n${expires}`)
      .digest('hex');
  }
}

function loadOrCreate(dir: string): Buffer {
  const file = join(dir, KEY_FILE);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  const secret = randomBytes(32);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, secret.toString('hex'), { mode: 0o600 });
  return secret;
}
