/**
 * OADP installed the way the Velero tests need it: the `openshift-adp` namespace, the
 * credential secret and a DPA whose location the OADP controller makes (through kubectl), or a
 * bare DPA with a location applied by hand where a test wants the location to itself.
 */
import { kinds } from '../../cluster-context';
import { eventually, kubectl } from '../harness';
import type { TestCluster } from '../harness';

export const NS = 'openshift-adp';
export const BUCKET = 'velero-bucket';
export const PREFIX = 'velero';
/** The location the DPA of `dpaManifest` owns (OADP names it `<dpa>-1`). */
export const LOCATION = 'dpa-sample-1';
const DPA_NAME = 'dpa-sample';

const configuration = (plugins = ['openshift', 'kubevirt', 'csi', 'aws'], nodeAgent = true) => ({
  velero: { defaultPlugins: plugins },
  nodeAgent: { enable: nodeAgent, uploaderType: 'kopia' },
});

/** The DPA with its own default location in BUCKET; `extra` overrides spec fields. */
export function dpaManifest(extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'DataProtectionApplication',
    metadata: { name: DPA_NAME, namespace: NS },
    spec: {
      configuration: configuration(),
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

/** A DPA with no location of its own (the tests apply `bslManifest`s beside it). */
export function bareDpaManifest(
  options: { plugins?: string[]; nodeAgent?: boolean } = {},
): Record<string, unknown> {
  return {
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'DataProtectionApplication',
    metadata: { name: DPA_NAME, namespace: NS },
    spec: {
      configuration: configuration(options.plugins, options.nodeAgent),
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
    metadata: { name, namespace: NS, annotations: options.annotations ?? {} },
    spec: {
      provider: 'aws',
      default: options.isDefault ?? false,
      objectStorage: { bucket: BUCKET, prefix: PREFIX },
      config: { region: 'us-east-1' },
    },
    status: { phase: options.phase ?? 'Available' },
  };
}

export function backupManifest(name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, namespace: NS },
    spec: { includedNamespaces: ['demo'], csiSnapshotTimeout: '1h', ...spec },
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

/**
 * The namespace, the secret and the DPA (with the non-admin controller on, if asked);
 * resolves once the DPA's location is Available.
 */
export async function installOadp(
  cluster: TestCluster,
  options: { nonAdmin?: boolean } = {},
): Promise<void> {
  await kubectl(cluster, ['create', 'namespace', NS]);
  await apply(cluster, credentialSecret);
  await apply(cluster, dpaManifest(options.nonAdmin ? { nonAdmin: { enable: true } } : {}));
  await eventually(() => {
    const bsl = cluster.context.objects.get(
      kinds(cluster.context.registry).backupStorageLocation,
      NS,
      LOCATION,
    );
    return (bsl?.status as { phase?: string } | undefined)?.phase === 'Available' ? bsl : undefined;
  }, `BSL ${LOCATION} Available`);
}

/** The namespace, a bare DPA and the location `default`, through the test's own `apply`. */
export async function installOadpWithDefaultLocation(
  apply: (object: Record<string, unknown>) => Promise<unknown>,
  dpa = bareDpaManifest(),
): Promise<void> {
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  await apply(dpa);
  await apply(bslManifest('default', { isDefault: true }));
}
