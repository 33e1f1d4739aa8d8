/**
 * Backups written straight into the bucket in Velero's layout (research/velero-formats.md §1),
 * object and files, for tests that are not about the Backup controller; and reading a
 * backup's files back.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoredObject } from '../../api/types';
import { kinds } from '../../cluster-context';
import { writeTarGz } from '../../object-store/tar';
import type { TestCluster } from '../harness';
import { BUCKET, NS, PREFIX } from './oadp';

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

const backupFile = (cluster: TestCluster, backup: string, suffix: string) =>
  cluster.context.objectStore.get(BUCKET, `${PREFIX}/backups/${backup}/${backup}${suffix}`);

export function bucketJson(cluster: TestCluster, backup: string, suffix: string): unknown {
  const data = backupFile(cluster, backup, suffix);
  if (!data) throw new Error(`no ${suffix} for ${backup} in the bucket`);
  return JSON.parse(gunzipSync(data).toString()) as unknown;
}

export function bucketText(cluster: TestCluster, backup: string, suffix: string): string {
  const data = backupFile(cluster, backup, suffix);
  return data ? gunzipSync(data).toString() : '';
}
