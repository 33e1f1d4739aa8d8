/**
 * Reads a backup's archive (the `BackupContents` download, a `.tar.gz` of every backed-up
 * manifest, research/velero-formats.md §1) as a stream, keeps only the VirtualMachine,
 * DataVolume and PVC manifests, and returns their summary. Volumes are not in it, but a
 * backup of many namespaces can be large: past the cap it stops and says so.
 */
import { createGunzip } from 'node:zlib';
import type { ArchivedVMs, ArchivePath } from './archived-vms';
import { archivePath, summarize } from './archived-vms';
import { BackendError } from './errors';
import { TarError, tarReader } from './tar-reader';
import type { FileLimits } from './velero-file';
import { openFile } from './velero-file';

/** Read this much of the archive at most (after gunzip), unless configured otherwise. */
export const DEFAULT_MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;

type Kept = { path: ArchivePath; content: Buffer };

export async function fetchArchivedVMs(url: URL, limits: FileLimits): Promise<ArchivedVMs> {
  const maxArchive = limits.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES;
  const response = await openFile(url, limits);
  // One object per group-resource/namespace/name: the best-ranked of its copies.
  const kept = new Map<string, Kept>();
  let keptBytes = 0;
  const keyOf = (p: ArchivePath) => `${p.groupResource}/${p.namespace}/${p.name}`;
  const want = (path: string) => {
    const parsed = archivePath(path);
    if (!parsed) return false;
    const held = kept.get(keyOf(parsed));
    return !held || parsed.rank < held.path.rank;
  };
  const reader = tarReader(
    want,
    (file) => {
      const path = archivePath(file.path);
      if (!path) return;
      const previous = kept.get(keyOf(path));
      keptBytes += file.content.length - (previous?.content.length ?? 0);
      if (keptBytes > limits.maxJsonBytes)
        throw new TarError(
          `the backup's VM, DataVolume and PVC manifests are over ${limits.maxJsonBytes} bytes`,
          true,
        );
      kept.set(keyOf(path), { path, content: file.content });
    },
    limits.maxJsonBytes,
  );
  await new Promise<void>((resolve, reject) => {
    const gunzip = createGunzip();
    let bytes = 0;
    let done = false;
    const fail = (error: BackendError) => {
      if (done) return;
      done = true;
      response.destroy();
      gunzip.destroy();
      reject(error);
    };
    gunzip.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxArchive) {
        fail(new BackendError(413, `the backup archive is larger than ${maxArchive} bytes`));
        return;
      }
      try {
        reader.write(chunk);
      } catch (error) {
        fail(asBackendError(error));
      }
    });
    gunzip.on('end', () => {
      if (done) return;
      try {
        reader.end();
        done = true;
        resolve();
      } catch (error) {
        fail(asBackendError(error));
      }
    });
    gunzip.on('error', () => fail(new BackendError(502, 'the backup archive is not valid gzip')));
    response.on('error', (error) => fail(new BackendError(502, error.message)));
    response.pipe(gunzip);
  });
  return summarize(
    [...kept.values()].map(({ path, content }) => ({ path, manifest: parse(path, content) })),
  );
}

function asBackendError(error: unknown): BackendError {
  if (error instanceof TarError) return new BackendError(error.tooLarge ? 413 : 502, error.message);
  return new BackendError(500, error instanceof Error ? error.message : String(error));
}

function parse(path: ArchivePath, content: Buffer): unknown {
  try {
    return JSON.parse(content.toString('utf8')) as unknown;
  } catch {
    throw new BackendError(
      502,
      `${path.groupResource} ${path.namespace}/${path.name} in the backup archive is not valid JSON`,
    );
  }
}
