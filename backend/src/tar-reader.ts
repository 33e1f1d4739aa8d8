/**
 * A streaming reader of the tar format Go's `archive/tar` writes for Velero's backup archive
 * (research/velero-formats.md §1): ustar headers (name + prefix), PAX `x` records and GNU `L`
 * entries for long paths. Only the files `want` names are kept in memory; the rest is skipped.
 */
export class TarError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

export interface TarFile {
  path: string;
  content: Buffer;
}

const BLOCK = 512;
/** A PAX or GNU long-name record: a path, never more. */
const MAX_META_BYTES = 64 * 1024;

const text = (block: Buffer, start: number, length: number) =>
  block.toString('utf8', start, start + length).replace(/\0.*$/s, '');

function number(block: Buffer, start: number, length: number): number {
  // Base-256 (sizes of 8 GiB and more), else octal.
  if (block[start] & 0x80) {
    let value = block[start] & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i];
    return value;
  }
  const digits = text(block, start, length).trim();
  const value = digits ? parseInt(digits, 8) : 0;
  if (!Number.isSafeInteger(value)) throw new TarError('the archive has an invalid tar header');
  return value;
}

function checksumOK(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum === number(block, 148, 8);
}

/** The `path` record of a PAX extended header (`<length> path=<value>\n`). */
function paxPath(records: Buffer): string | undefined {
  let offset = 0;
  let path: string | undefined;
  while (offset < records.length) {
    const space = records.indexOf(0x20, offset);
    const length = Number(records.toString('ascii', offset, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = records.toString('utf8', space + 1, offset + length - 1);
    if (record.startsWith('path=')) path = record.slice('path='.length);
    offset += length;
  }
  return path;
}

type Body = { path: string; type: string; size: number; chunks: Buffer[]; received: number };

export interface TarReader {
  write(chunk: Buffer): void;
  /** Throws when the archive stops inside an entry. */
  end(): void;
}

export function tarReader(
  want: (path: string) => boolean,
  onFile: (file: TarFile) => void,
  maxFileBytes: number,
): TarReader {
  let header = Buffer.alloc(0);
  let skip = 0;
  let body: Body | undefined;
  let longPath: string | undefined;
  let finished = false;

  const endOfBody = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

  function complete(done: Body) {
    body = undefined;
    skip = endOfBody(done.size);
    const content = Buffer.concat(done.chunks);
    if (done.type === 'x') longPath = paxPath(content) ?? longPath;
    else if (done.type === 'L') longPath = text(content, 0, content.length);
    else onFile({ path: done.path, content });
  }

  function readHeader(block: Buffer) {
    if (block.every((byte) => byte === 0)) {
      finished = true;
      return;
    }
    if (!checksumOK(block)) throw new TarError('the backup archive is not a valid tar file');
    const size = number(block, 124, 12);
    const type = text(block, 156, 1) || '0';
    const prefix = block.toString('ascii', 257, 262) === 'ustar' ? text(block, 345, 155) : '';
    const path = longPath ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    const meta = type === 'x' || type === 'L';
    if (!meta) longPath = undefined;
    const keep = meta || ((type === '0' || type === '7') && want(path));
    if (!keep) {
      skip = size + endOfBody(size);
      return;
    }
    const cap = meta ? MAX_META_BYTES : maxFileBytes;
    if (size > cap) throw new TarError(`${path} in the backup archive is over ${cap} bytes`, true);
    body = { path, type, size, chunks: [], received: 0 };
    if (size === 0) complete(body);
  }

  return {
    write(chunk) {
      let data = chunk;
      while (data.length > 0 && !finished) {
        if (skip > 0) {
          const n = Math.min(skip, data.length);
          skip -= n;
          data = data.subarray(n);
        } else if (body) {
          const n = Math.min(body.size - body.received, data.length);
          body.chunks.push(data.subarray(0, n));
          body.received += n;
          data = data.subarray(n);
          if (body.received === body.size) complete(body);
        } else {
          const n = Math.min(BLOCK - header.length, data.length);
          header = Buffer.concat([header, data.subarray(0, n)]);
          data = data.subarray(n);
          if (header.length === BLOCK) {
            const block = header;
            header = Buffer.alloc(0);
            readHeader(block);
          }
        }
      }
    },
    end() {
      if (!finished && (body || header.length > 0 || skip > 0))
        throw new TarError('the backup archive ends in the middle of a file');
    },
  };
}
