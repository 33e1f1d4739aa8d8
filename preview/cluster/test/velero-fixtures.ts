/**
 * OADP installed the way the tests of the Velero controllers need it: the `openshift-adp`
 * namespace, the credential secret and a DPA (through kubectl), and finished Backups made
 * directly — object plus files in the bucket, in Velero's layout — since the Backup controller
 * is not what these tests are about.
 */
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { StoredObject } from '../api/types';
import { kinds } from '../cluster-context';
import { writeTarGz } from '../object-store/tar';
import { eventually, kubectl } from './harness';
import { request } from './raw-http';
import type { TestCluster } from './harness';

export const NS = 'openshift-adp';
export const BUCKET = 'velero-bucket';
export const PREFIX = 'velero';

export function dpaManifest(extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'DataProtectionApplication',
    metadata: { name: 'dpa-sample', namespace: NS },
    spec: {
      configuration: {
        velero: { defaultPlugins: ['openshift', 'kubevirt', 'csi', 'aws'] },
        nodeAgent: { enable: true, uploaderType: 'kopia' },
      },
      backupLocations: [
        {
          velero: {
            provider: 'aws',
            default: true,
            objectStorage: { bucket: BUCKET, prefix: PREFIX },
            config: { region: 'us-east-1', s3Url: 'https://s3.example.com' },
            credential: { name: 'cloud-credentials', key: 'cloud' },
          },
        },
      ],
      ...extra,
    },
  };
}

export const credentialSecret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'cloud-credentials', namespace: NS },
  stringData: { cloud: '[default]\naws_access_key_id=AKIA\naws_secret_access_key=secret\n' },
};

export async function apply(cluster: TestCluster, object: unknown): Promise<void> {
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: JSON.stringify(object) });
  if (result.code !== 0) throw new Error(`kubectl apply: ${result.stderr}`);
}

/** The namespace, the secret and the DPA; resolves once the DPA's location is Available. */
export async function installOadp(cluster: TestCluster): Promise<void> {
  await kubectl(cluster, ['create', 'namespace', NS]);
  await apply(cluster, credentialSecret);
  await apply(cluster, dpaManifest());
  await eventually(() => {
    const bsl = cluster.context.objects.get(
      kinds(cluster.context.registry).backupStorageLocation,
      NS,
      'dpa-sample-1',
    );
    return (bsl?.status as { phase?: string } | undefined)?.phase === 'Available' ? bsl : undefined;
  }, 'BSL dpa-sample-1 Available');
}

const gzJson = (value: unknown) => gzipSync(`${JSON.stringify(value)}\n`);

/** A Completed (or other finished) Backup: its files in the bucket, then the object. */
export function putFinishedBackup(
  cluster: TestCluster,
  name: string,
  options: {
    phase?: string;
    expiration?: string;
    location?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    movedVolumes?: { pvc: string; namespace: string; snapshotID: string }[];
    /** false: only the files, as another cluster would have left them. */
    inCluster?: boolean;
    bucket?: string;
  } = {},
): StoredObject | undefined {
  const bucket = options.bucket ?? BUCKET;
  const location = options.location ?? 'dpa-sample-1';
  const root = `${PREFIX}/backups/${name}/`;
  const status = {
    phase: options.phase ?? 'Completed',
    version: 1,
    formatVersion: '1.1.0',
    expiration: options.expiration ?? '2099-01-01T00:00:00Z',
    startTimestamp: '2026-01-01T10:00:00Z',
    completionTimestamp: '2026-01-01T10:04:00Z',
    progress: { totalItems: 1, itemsBackedUp: 1 },
    hookStatus: {},
  };
  const labels = { 'velero.io/storage-location': location, ...(options.labels ?? {}) };
  const spec = {
    includedNamespaces: ['demo'],
    storageLocation: location,
    ttl: '720h0m0s',
    snapshotMoveData: (options.movedVolumes ?? []).length > 0,
  };
  const store = cluster.context.objectStore;
  const metadata = {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name,
      namespace: NS,
      labels,
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    spec,
    status,
  };
  store.put(bucket, `${root}velero-backup.json`, JSON.stringify(metadata, null, 2));
  store.put(
    bucket,
    `${root}${name}-logs.gz`,
    gzipSync(`time="2026-01-01T10:00:00Z" level=info msg="Backing up item" backup=${NS}/${name}\n`),
  );
  store.put(bucket, `${root}${name}-results.gz`, gzJson({ errors: {}, warnings: {} }));
  store.put(
    bucket,
    `${root}${name}-resource-list.json.gz`,
    gzJson({ 'kubevirt.io/v1/VirtualMachine': ['demo/vm1'] }),
  );
  store.put(
    bucket,
    `${root}${name}-volumeinfo.json.gz`,
    gzJson(
      (options.movedVolumes ?? []).map((v) => ({
        pvcName: v.pvc,
        pvcNamespace: v.namespace,
        backupMethod: 'CSISnapshot',
        snapshotDataMoved: true,
        snapshotDataMovementInfo: {
          dataMover: 'velero',
          uploaderType: 'kopia',
          snapshotHandle: v.snapshotID,
          Phase: 'Completed',
        },
      })),
    ),
  );
  store.put(bucket, `${root}${name}-itemoperations.json.gz`, gzJson([]));
  store.put(
    bucket,
    `${root}${name}.tar.gz`,
    writeTarGz([{ path: 'metadata/version', content: Buffer.from('1.1.0') }]),
  );
  for (const v of options.movedVolumes ?? [])
    store.put(
      bucket,
      `${PREFIX}/kopia/${v.namespace}/${v.snapshotID}`,
      JSON.stringify({ pvc: v.pvc, namespace: v.namespace, size: 1024, storageClass: 'ceph' }),
    );
  if (options.inCluster === false) return undefined;
  return cluster.context.objects.create(kinds(cluster.context.registry).backup, metadata);
}

/** Keys under the backup's folder in the bucket. */
export const backupFiles = (cluster: TestCluster, name: string) =>
  cluster.context.objectStore.list(BUCKET, `${PREFIX}/backups/${name}/`);

/** Moves the cluster's clock forward through the admin endpoint, as a test client would. */
export async function advanceClock(cluster: TestCluster, by: string): Promise<void> {
  const answer = await request(`${cluster.url}/preview/clock`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: by }),
  });
  if (answer.status !== 200) throw new Error(`advance clock: ${answer.status} ${answer.body}`);
}

/** GET of a URL with node http: the status and the exact bytes. */
export function fetchBytes(url: string): Promise<{ status: number; body: Buffer; type?: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
          type: res.headers['content-type'],
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}
