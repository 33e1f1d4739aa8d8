/**
 * OADP as the demo seed installs it (issue 8 part 11; research/oadp-velero.md §2.4, §2.9):
 * DPA `dpa-sample` (openshift, kubevirt, csi, aws; node agent; non-admin on) and the two
 * BackupStorageLocations OADP creates from it, owned by it — `dpa-sample-1` (default,
 * Available) and `offsite` (its bucket unreachable: Unavailable with a message) — and the
 * daily Schedule `demo-nightly` for namespace demo, kept 7 days.
 */
import { createHash } from 'node:crypto';
import type { KubeObject } from '../api/types';
import { BUCKET_UNREACHABLE_ANNOTATION } from '../controllers/velero/storage-locations';
import { VELERO_NAMESPACE } from '../controllers/velero/velero-server';
import { DEMO_NAMESPACE } from './infrastructure';

export const DPA_NAME = 'dpa-sample';
export const DEFAULT_BSL = 'dpa-sample-1';
export const OFFSITE_BSL = 'offsite';
export const NIGHTLY = 'demo-nightly';
/** Fixed, so the BSLs can carry the owner reference OADP gives them. */
export const DPA_UID = createHash('sha256')
  .update(DPA_NAME)
  .digest('hex')
  .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5');

const OADP_LABELS = {
  'app.kubernetes.io/component': 'bsl',
  'app.kubernetes.io/managed-by': 'oadp-operator',
  'app.kubernetes.io/name': 'oadp-operator-velero',
  'openshift.io/oadp': 'True',
};

function location(
  name: string,
  bucket: string,
  isDefault: boolean,
  reachable: boolean,
): KubeObject {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'BackupStorageLocation',
    metadata: {
      name,
      namespace: VELERO_NAMESPACE,
      labels: { ...OADP_LABELS, 'app.kubernetes.io/instance': name },
      ...(reachable ? {} : { annotations: { [BUCKET_UNREACHABLE_ANNOTATION]: 'true' } }),
      ownerReferences: [
        {
          apiVersion: 'oadp.openshift.io/v1alpha1',
          kind: 'DataProtectionApplication',
          name: DPA_NAME,
          uid: DPA_UID,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      provider: 'aws',
      default: isDefault,
      objectStorage: { bucket, prefix: 'velero' },
      config: {
        region: 'us-east-1',
        profile: 'default',
        s3ForcePathStyle: 'true',
        s3Url: 'https://s3.local-cluster.svc',
      },
      credential: { name: 'cloud-credentials', key: 'cloud' },
    },
    status: reachable
      ? { phase: 'Available' }
      : {
          phase: 'Unavailable',
          message: `BackupStorageLocation "${name}" is unavailable: rpc error: code = Unknown desc = RequestError: send request failed\ncaused by: Get "https://s3.local-cluster.svc/${bucket}?delimiter=%2F&list-type=2&prefix=velero%2F": dial tcp 172.30.0.11:443: connect: connection refused`,
        },
  };
}

export function oadpObjects(): KubeObject[] {
  const backupLocation = (name: string, bucket: string, isDefault: boolean) => ({
    name,
    velero: {
      provider: 'aws',
      default: isDefault,
      objectStorage: { bucket, prefix: 'velero' },
      config: { region: 'us-east-1', profile: 'default' },
      credential: { name: 'cloud-credentials', key: 'cloud' },
    },
  });
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: VELERO_NAMESPACE,
        labels: { 'kubernetes.io/metadata.name': VELERO_NAMESPACE },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'cloud-credentials', namespace: VELERO_NAMESPACE },
      type: 'Opaque',
      data: {
        cloud: Buffer.from(
          '[default]\naws_access_key_id=local\naws_secret_access_key=local-cluster\n',
        ).toString('base64'),
      },
    },
    {
      apiVersion: 'oadp.openshift.io/v1alpha1',
      kind: 'DataProtectionApplication',
      metadata: { name: DPA_NAME, namespace: VELERO_NAMESPACE, uid: DPA_UID },
      spec: {
        configuration: {
          velero: { defaultPlugins: ['openshift', 'kubevirt', 'csi', 'aws'] },
          nodeAgent: { enable: true, uploaderType: 'kopia' },
        },
        backupLocations: [
          backupLocation(DEFAULT_BSL, 'dpa-sample-bucket', true),
          backupLocation(OFFSITE_BSL, 'offsite-bucket', false),
        ],
        nonAdmin: { enable: true },
      },
    },
    location(DEFAULT_BSL, 'dpa-sample-bucket', true, true),
    location(OFFSITE_BSL, 'offsite-bucket', false, false),
    {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name: NIGHTLY, namespace: VELERO_NAMESPACE },
      spec: {
        schedule: '0 2 * * *',
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: [DEMO_NAMESPACE],
          storageLocation: DEFAULT_BSL,
          ttl: '168h0m0s',
          snapshotMoveData: false,
        },
      },
      status: { phase: 'Enabled' },
    },
  ];
}
