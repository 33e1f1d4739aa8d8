/**
 * The object store behind BackupStorageLocations: buckets of keys, kept as files under
 * `<data dir>/object-store/<bucket>/<key>` (so they survive a restart, like the store) or in
 * memory with `--in-memory`. Keys follow Velero's layout (research/velero-formats.md §1); a
 * location's bucket + prefix is its root.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { UrlSigner } from './signed-urls';

export class ObjectStore {
  private readonly memory = new Map<string, Buffer>();
  /** Pre-signed download URLs for this store's keys (DownloadRequests). */
  readonly urls: UrlSigner;

  /** `dir` undefined keeps everything in memory. */
  constructor(private readonly dir?: string) {
    this.urls = new UrlSigner(dir);
  }

  put(bucket: string, key: string, content: Buffer | string): void {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const path = this.path(bucket, key);
    if (!path) {
      this.memory.set(`${bucket}/${key}`, data);
      return;
    }
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}`;
    writeFileSync(temp, data);
    renameSync(temp, path);
  }

  get(bucket: string, key: string): Buffer | undefined {
    const path = this.path(bucket, key);
    if (!path) return this.memory.get(`${bucket}/${key}`);
    return existsSync(path) ? readFileSync(path) : undefined;
  }

  exists(bucket: string, key: string): boolean {
    return this.get(bucket, key) !== undefined;
  }

  /** Every key in the bucket that starts with `prefix`, sorted. */
  list(bucket: string, prefix = ''): string[] {
    if (!this.dir) {
      const start = `${bucket}/`;
      return [...this.memory.keys()]
        .filter((k) => k.startsWith(start))
        .map((k) => k.slice(start.length))
        .filter((k) => k.startsWith(prefix))
        .sort();
    }
    const root = join(this.dir, bucketDir(bucket));
    if (!existsSync(root)) return [];
    return walk(root)
      .map((file) => relative(root, file).split(sep).join('/'))
      .filter((k) => k.startsWith(prefix) && !k.includes('.tmp-'))
      .sort();
  }

  delete(bucket: string, key: string): void {
    const path = this.path(bucket, key);
    if (!path) this.memory.delete(`${bucket}/${key}`);
    else rmSync(path, { force: true });
  }

  /** Removes every key under `prefix` (e.g. `backups/<name>/`). */
  deletePrefix(bucket: string, prefix: string): void {
    for (const key of this.list(bucket, prefix)) this.delete(bucket, key);
  }

  private path(bucket: string, key: string): string | undefined {
    if (!this.dir) return undefined;
    if (key.split('/').some((part) => part === '..' || part === ''))
      throw new Error(`invalid object key ${JSON.stringify(key)}`);
    return join(this.dir, bucketDir(bucket), ...key.split('/'));
  }
}

function bucketDir(bucket: string): string {
  if (!/^[a-z0-9][a-z0-9.-]{0,62}$/.test(bucket))
    throw new Error(`invalid bucket name ${JSON.stringify(bucket)}`);
  return bucket;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `<prefix>/` or '' — Velero adds the trailing slash to a location's prefix. */
export function locationRoot(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
}
