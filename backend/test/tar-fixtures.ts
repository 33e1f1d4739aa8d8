/**
 * Tarballs made by hand, the way Go's `archive/tar` writes them: ustar headers, and PAX or GNU
 * long-name entries before a file whose path does not fit. Independent of the reader under test.
 */
import { gzipSync } from 'node:zlib';

const BLOCK = 512;
const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0') + '\0';

export function header(name: string, size: number, type = '0', prefix = ''): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o755, 8), 100, 8, 'ascii');
  block.write(octal(size, 12), 124, 12, 'ascii');
  block.write(octal(1767261600, 12), 136, 12, 'ascii');
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

const padded = (content: Buffer) =>
  Buffer.concat([content, Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK, 0)]);

export type Entry = { path: string; content: string | Buffer; style?: 'ustar' | 'pax' | 'gnu' };

function entry({ path, content, style = 'ustar' }: Entry): Buffer {
  const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
  const file = (name: string, prefix = '') =>
    Buffer.concat([header(name, body.length, '0', prefix), padded(body)]);
  if (style === 'pax') {
    const record = (length: number) => `${length} path=${path}\n`;
    let length = record(0).length;
    while (record(length).length !== length) length = record(length).length;
    const records = Buffer.from(record(length));
    return Buffer.concat([
      header('PaxHeaders.0/x', records.length, 'x'),
      padded(records),
      file(path.slice(0, 99)),
    ]);
  }
  if (style === 'gnu') {
    const name = Buffer.from(`${path}\0`);
    return Buffer.concat([header('././@LongLink', name.length, 'L'), padded(name), file('x')]);
  }
  if (Buffer.byteLength(path) <= 100) return file(path);
  const cut = path.lastIndexOf('/', 155);
  return file(path.slice(cut + 1), path.slice(0, cut));
}

export const tar = (entries: Entry[]): Buffer =>
  Buffer.concat([...entries.map(entry), Buffer.alloc(BLOCK * 2, 0)]);
export const tarGz = (entries: Entry[]): Buffer => gzipSync(tar(entries));
