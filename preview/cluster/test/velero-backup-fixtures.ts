/** Velero/OADP objects the backup tests create, and reading a backup's files from its bucket. */
import { gunzipSync } from 'node:zlib';
import type { TestCluster } from './harness';

export const ADP = 'openshift-adp';
export const BUCKET = 'velero-test';

export function dpaManifest(
  options: { plugins?: string[]; nodeAgent?: boolean } = {},
): Record<string, unknown> {
  return {
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'DataProtectionApplication',
    metadata: { name: 'dpa-test', namespace: ADP },
    spec: {
      configuration: {
        velero: { defaultPlugins: options.plugins ?? ['openshift', 'kubevirt', 'csi', 'aws'] },
        nodeAgent: { enable: options.nodeAgent ?? true, uploaderType: 'kopia' },
      },
      backupLocations: [],
    },
  };
}

/** A BSL as the BSL controller leaves it (status written with the object: no subresource). */
export function bslManifest(
  name: string,
  options: { isDefault?: boolean; phase?: string; annotations?: Record<string, string> } = {},
): Record<string, unknown> {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: { name, namespace: ADP, annotations: options.annotations ?? {} },
    spec: {
      provider: 'aws',
      default: options.isDefault ?? false,
      objectStorage: { bucket: BUCKET, prefix: 'velero' },
      config: { region: 'us-east-1' },
    },
    status: { phase: options.phase ?? 'Available' },
  };
}

export function backupManifest(name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, namespace: ADP },
    spec: { includedNamespaces: ['demo'], csiSnapshotTimeout: '1h', ...spec },
  };
}

export function bucketJson(cluster: TestCluster, backup: string, suffix: string): unknown {
  const data = cluster.context.objectStore.get(
    BUCKET,
    `velero/backups/${backup}/${backup}${suffix}`,
  );
  if (!data) throw new Error(`no ${suffix} for ${backup} in the bucket`);
  return JSON.parse(gunzipSync(data).toString()) as unknown;
}

export function bucketText(cluster: TestCluster, backup: string, suffix: string): string {
  const data = cluster.context.objectStore.get(
    BUCKET,
    `velero/backups/${backup}/${backup}${suffix}`,
  );
  return data ? gunzipSync(data).toString() : '';
}

/** Namespace openshift-adp (not in the empty seed), the DPA and the default location. */
export async function installOadp(
  apply: (object: Record<string, unknown>) => Promise<unknown>,
  dpa = dpaManifest(),
): Promise<void> {
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ADP } });
  await apply(dpa);
  await apply(bslManifest('default', { isDefault: true }));
}
