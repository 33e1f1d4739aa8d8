/** The object store behind BSLs and the tarballs in it: round trips, layout, and real tar. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locationRoot, ObjectStore } from '../object-store/object-store';
import { readTarGz, writeTarGz } from '../object-store/tar';
import { Clock } from '../storage/clock';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vdp-os-'));
  folders.push(dir);
  return dir;
};

test.each([
  ['in memory', undefined],
  ['on disk', 'disk'],
])('%s: put, get, list by prefix, delete a prefix', (_label, disk) => {
  const store = new ObjectStore(disk ? tempDir() : undefined);
  store.put('velero', 'backups/b1/b1-logs.gz', 'a');
  store.put('velero', 'backups/b1/velero-backup.json', '{}');
  store.put('velero', 'backups/b2/velero-backup.json', '{}');
  expect(store.list('velero', 'backups/b1/')).toEqual([
    'backups/b1/b1-logs.gz',
    'backups/b1/velero-backup.json',
  ]);
  expect(store.get('velero', 'backups/b1/b1-logs.gz')?.toString()).toBe('a');
  store.deletePrefix('velero', 'backups/b1/');
  expect(store.list('velero')).toEqual(['backups/b2/velero-backup.json']);
  expect(store.get('other', 'backups/b2/velero-backup.json')).toBeUndefined();
});

test('keys cannot escape the bucket', () => {
  const store = new ObjectStore(tempDir());
  expect(() => store.put('velero', '../x', 'a')).toThrow('invalid object key');
  expect(() => store.put('../etc', 'x', 'a')).toThrow('invalid bucket name');
});

test('a location prefix gets one trailing slash', () => {
  expect(locationRoot(undefined)).toBe('');
  expect(locationRoot('velero')).toBe('velero/');
  expect(locationRoot('/a/b/')).toBe('a/b/');
});

test('tarballs round-trip and are real tar.gz files', () => {
  const long = `resources/virtualmachines.kubevirt.io/v1-preferredversion/namespaces/${'n'.repeat(60)}/vm.json`;
  // A 253-character VM name: no ustar name/prefix split holds it, a PAX header does.
  const longest = `resources/virtualmachines.kubevirt.io/namespaces/demo/${'v'.repeat(253)}.json`;
  const entries = [
    { path: 'metadata/version', content: Buffer.from('1.1.0') },
    { path: long, content: Buffer.from('{"kind":"VirtualMachine"}') },
    { path: longest, content: Buffer.from('{"kind":"VirtualMachine"}') },
  ];
  const archive = writeTarGz(entries);
  expect(readTarGz(archive)).toEqual(entries);
  const file = join(tempDir(), 'b.tar.gz');
  writeFileSync(file, archive);
  expect(execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
    'metadata/version',
    long,
    longest,
  ]);
});

test('the cluster clock moves forward only', () => {
  const clock = new Clock(1);
  const before = clock.now();
  clock.advance(3_600_000);
  expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
  expect(() => clock.advance(-1)).toThrow('only moves forward');
});
