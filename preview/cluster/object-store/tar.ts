/**
 * A minimal ustar writer and reader: enough for Velero's backup archive (`<backup>.tar.gz`,
 * regular files only, research/velero-formats.md §1), so the object store holds real tarballs
 * that `tar -tzf` lists. Paths ustar cannot hold (a VM name may have 253 characters) get a PAX
 * header, as Go's archive/tar writes them.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export interface TarEntry {
  path: string;
  content: Buffer;
}

const BLOCK = 512;

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

/** ustar's name and prefix for a path, or undefined when it does not fit (then PAX). */
function ustarName(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  const cut = path.lastIndexOf('/', 155);
  const prefix = path.slice(0, cut);
  const name = path.slice(cut + 1);
  if (cut <= 0 || Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155)
    return undefined;
  return { name, prefix };
}

/** A PAX `path` record, `<length> path=<value>\n`, its length counting itself. */
function paxRecord(path: string): Buffer {
  const record = (length: number) => `${length} path=${path}\n`;
  let length = Buffer.byteLength(record(0));
  while (Buffer.byteLength(record(length)) !== length) length = Buffer.byteLength(record(length));
  return Buffer.from(record(length));
}

function header(
  { name, prefix }: { name: string; prefix: string },
  size: number,
  mtime: number,
  type = '0',
): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 8, 'ascii');
  block.write(octal(0, 8), 108, 8, 'ascii');
  block.write(octal(0, 8), 116, 8, 'ascii');
  block.write(octal(size, 12), 124, 12, 'ascii');
  block.write(octal(Math.floor(mtime / 1000), 12), 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write(type, 156, 1, 'ascii');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 8, 'ascii');
  return block;
}

export function writeTar(entries: TarEntry[], mtime = Date.now()): Buffer {
  const parts: Buffer[] = [];
  const add = (head: Buffer, content: Buffer) => {
    parts.push(head, content);
    const pad = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  };
  for (const entry of entries) {
    let names = ustarName(entry.path);
    // As Go's archive/tar (Velero's writer) does: a PAX header carries a path ustar cannot.
    if (!names) {
      const records = paxRecord(entry.path);
      add(header({ name: 'PaxHeaders.0/entry', prefix: '' }, records.length, mtime, 'x'), records);
      names = { name: entry.path.slice(-100).replace(/^[^/]*\//, ''), prefix: '' };
    }
    add(header(names, entry.content.length, mtime), entry.content);
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}

export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    const text = (start: number, length: number) =>
      block.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const prefix = text(345, 155);
    const path = paxPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    offset += BLOCK;
    const type = text(156, 1);
    const content = archive.subarray(offset, offset + size);
    if (type === 'x') paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1];
    else paxPath = undefined;
    if (type === '0' || type === '') entries.push({ path, content: Buffer.from(content) });
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

export const writeTarGz = (entries: TarEntry[], mtime?: number): Buffer =>
  gzipSync(writeTar(entries, mtime));
export const readTarGz = (archive: Buffer): TarEntry[] => readTar(gunzipSync(archive));
