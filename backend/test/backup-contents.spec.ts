/** The backup archive's VMs: Velero's layout, each object once, tar edge cases, limits. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchArchivedVMs } from '../src/backup-contents';
import { tarReader } from '../src/tar-reader';
import type { TarFile } from '../src/tar-reader';
import type { Entry } from './tar-fixtures';
import { header, tar, tarGz } from './tar-fixtures';

const files = new Map<string, Buffer>();
let base = '';
let close: () => Promise<void>;
beforeAll(async () => {
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

const limits = { timeoutMs: 2000, maxJsonBytes: 64 * 1024, maxLogBytes: 1024 };
const read = (
  archive: Buffer,
  extra: Partial<typeof limits & { maxArchiveBytes: number }> = {},
) => {
  const path = `/b${files.size}.tar.gz`;
  files.set(path, archive);
  return fetchArchivedVMs(new URL(path, base), { ...limits, ...extra });
};

const vm = (name: string, labels: Record<string, string>, uid = `uid-${name}`) =>
  JSON.stringify({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, namespace: 'demo', uid, labels },
    spec: {
      dataVolumeTemplates: [{ metadata: { name: `${name}-rootdisk` } }],
      template: {
        spec: {
          volumes: [
            { name: 'rootdisk', dataVolume: { name: `${name}-rootdisk` } },
            { name: 'data', persistentVolumeClaim: { claimName: `${name}-data` } },
            { name: 'cloudinit', cloudInitNoCloud: { userData: 'x' } },
          ],
        },
      },
    },
  });
const VMS = 'resources/virtualmachines.kubevirt.io';
const velero = (path: string, content: string): Entry[] => [
  { path: `${VMS}/namespaces/${path}`, content },
  { path: `${VMS}/v1-preferredversion/namespaces/${path}`, content },
];

test('each archived VM once, from its unversioned copy, with uid, labels and claims', async () => {
  const archive = tarGz([
    { path: 'metadata/version', content: '1.1.0' },
    ...velero(
      'demo/centos-batch.json',
      vm('centos-batch', { 'vm.kubevirt.io/name': 'centos-batch' }),
    ),
    // EnableAPIGroupVersions: another version's copy, here with other labels; not a second VM.
    {
      path: `${VMS}/v1alpha3/namespaces/demo/centos-batch.json`,
      content: vm('centos-batch', { old: 'x' }),
    },
    // Only the preferred-version copy (an archive rewritten by hand): still found.
    {
      path: `${VMS}/v1-preferredversion/namespaces/demo/rhel9-db.json`,
      content: vm('rhel9-db', { app: 'db' }),
    },
    {
      path: 'resources/datavolumes.cdi.kubevirt.io/namespaces/demo/centos-batch-rootdisk.json',
      content: JSON.stringify({
        metadata: { labels: { 'kubevirt.io/created-by': 'uid-centos-batch' } },
      }),
    },
    {
      path: 'resources/persistentvolumeclaims/namespaces/demo/centos-batch-rootdisk.json',
      content: JSON.stringify({
        metadata: { labels: { app: 'containerized-data-importer', n: 1 } },
      }),
    },
    { path: 'resources/secrets/namespaces/demo/token.json', content: '{"data":{"t":"c2VjcmV0"}}' },
    { path: 'resources/persistentvolumes/cluster/pv-1.json', content: '{}' },
  ]);
  expect(await read(archive)).toEqual({
    virtualMachines: [
      {
        namespace: 'demo',
        name: 'centos-batch',
        uid: 'uid-centos-batch',
        labels: { 'vm.kubevirt.io/name': 'centos-batch' },
        claims: ['centos-batch-rootdisk', 'centos-batch-data'],
      },
      {
        namespace: 'demo',
        name: 'rhel9-db',
        uid: 'uid-rhel9-db',
        labels: { app: 'db' },
        claims: ['rhel9-db-rootdisk', 'rhel9-db-data'],
      },
    ],
    claims: [
      {
        kind: 'DataVolume',
        namespace: 'demo',
        name: 'centos-batch-rootdisk',
        labels: { 'kubevirt.io/created-by': 'uid-centos-batch' },
      },
      {
        kind: 'PersistentVolumeClaim',
        namespace: 'demo',
        name: 'centos-batch-rootdisk',
        labels: { app: 'containerized-data-importer' },
      },
    ],
  });
});

test('long paths: ustar prefix, PAX and GNU long names', async () => {
  const long = 'v'.repeat(200);
  const archive = tarGz([
    { path: `${VMS}/namespaces/demo/${'a'.repeat(90)}.json`, content: vm('a', { app: 'a' }) },
    { path: `${VMS}/namespaces/demo/${long}.json`, content: vm(long, { app: 'p' }), style: 'pax' },
    { path: `${VMS}/namespaces/other/${long}.json`, content: vm(long, { app: 'g' }), style: 'gnu' },
  ]);
  const { virtualMachines } = await read(archive);
  expect(virtualMachines.map((v) => [v.namespace, v.name.length, v.labels.app])).toEqual([
    ['demo', 90, 'a'],
    ['demo', 200, 'p'],
    ['other', 200, 'g'],
  ]);
});

test('the reader does not depend on how the stream is cut', () => {
  const archive = tar([
    ...velero('demo/a.json', vm('a', { app: 'a' })),
    {
      path: `${VMS}/namespaces/demo/${'b'.repeat(150)}.json`,
      content: 'x'.repeat(700),
      style: 'pax',
    },
  ]);
  const seen: TarFile[] = [];
  const reader = tarReader(
    () => true,
    (f) => seen.push(f),
    4096,
  );
  for (let i = 0; i < archive.length; i += 7) reader.write(archive.subarray(i, i + 7));
  reader.end();
  expect(seen.map((f) => [f.path.length, f.content.length])).toEqual([
    [`${VMS}/namespaces/demo/a.json`.length, vm('a', { app: 'a' }).length],
    [`${VMS}/v1-preferredversion/namespaces/demo/a.json`.length, vm('a', { app: 'a' }).length],
    [`${VMS}/namespaces/demo/${'b'.repeat(150)}.json`.length, 700],
  ]);
});

test.each([
  ['not gzip', Buffer.from('plain'), {}, 502, 'the backup archive is not valid gzip'],
  [
    'a damaged header',
    gzipSync(Buffer.concat([Buffer.alloc(148, 0x41), Buffer.alloc(364, 0)])),
    {},
    502,
    'the backup archive is not a valid tar file',
  ],
  [
    'cut in the middle of a file',
    gzipSync(Buffer.concat([header(`${VMS}/namespaces/demo/a.json`, 2000), Buffer.alloc(512)])),
    {},
    502,
    'the backup archive ends in the middle of a file',
  ],
  [
    'larger than the cap',
    tarGz([{ path: 'resources/secrets/namespaces/demo/s.json', content: 'x'.repeat(20_000) }]),
    { maxArchiveBytes: 10_000 },
    413,
    'the backup archive is larger than 10000 bytes',
  ],
  [
    'a VM manifest over the JSON cap',
    tarGz(velero('demo/a.json', 'x'.repeat(70 * 1024))),
    {},
    413,
    'resources/virtualmachines.kubevirt.io/namespaces/demo/a.json in the backup archive is over 65536 bytes',
  ],
  [
    'a VM that is not JSON',
    tarGz(velero('demo/a.json', '{"metadata":')),
    {},
    502,
    'virtualmachines.kubevirt.io demo/a in the backup archive is not valid JSON',
  ],
])('%s: answered with its status and reason', async (_what, archive, extra, status, message) => {
  await expect(read(archive, extra)).rejects.toMatchObject({ status, message });
});

test('a missing archive is a 404 of the storage location', async () => {
  await expect(fetchArchivedVMs(new URL('/none.tar.gz', base), limits)).rejects.toMatchObject({
    status: 404,
    message: 'the file is not in the backup storage location',
  });
});
