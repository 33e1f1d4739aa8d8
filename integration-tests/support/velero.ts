import type { ClusterAPI, KubeObject } from './cluster-api';

/** The Velero namespace OADP installs into, and the kinds the backup journeys arrange. */
export const VELERO_NS = 'openshift-adp';
export const VELERO = {
  backup: { group: 'velero.io', version: 'v1', plural: 'backups' },
  bsl: { group: 'velero.io', version: 'v1', plural: 'backupstoragelocations' },
  dbr: { group: 'velero.io', version: 'v1', plural: 'deletebackuprequests' },
  dpa: { group: 'oadp.openshift.io', version: 'v1alpha1', plural: 'dataprotectionapplications' },
};

const NAMESPACE = { group: '', version: 'v1', plural: 'namespaces' };
const SECRET = { group: '', version: 'v1', plural: 'secrets' };

/** OADP as the demo seed installs it, when the cluster does not have it yet. */
const ensureOADP = async (api: ClusterAPI) => {
  if ((await api.list(VELERO.dpa, VELERO_NS).catch(() => [])).length > 0) return;
  if (!(await api.get(NAMESPACE, '', VELERO_NS)))
    await api.create(NAMESPACE, '', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: VELERO_NS },
    });
  await api.create(SECRET, VELERO_NS, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'cloud-credentials' },
    stringData: { cloud: '[default]\naws_access_key_id=e2e\naws_secret_access_key=e2e\n' },
  });
  await api.create(VELERO.dpa, VELERO_NS, {
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'DataProtectionApplication',
    metadata: { name: 'dpa-e2e' },
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
            objectStorage: { bucket: 'e2e-bucket', prefix: 'velero' },
            config: { region: 'us-east-1' },
            credential: { name: 'cloud-credentials', key: 'cloud' },
          },
        },
      ],
    },
  });
};

/** An Available default location (OADP is seeded even with `--seed empty`; else installed here). */
export const availableLocation = async (api: ClusterAPI): Promise<string> => {
  await ensureOADP(api);
  const bsls = await api.waitFor(
    () => api.list(VELERO.bsl, VELERO_NS),
    (list) => list.some((b) => b.spec?.default === true && b.status?.phase === 'Available'),
    60_000,
  );
  return bsls.find((b) => b.spec?.default === true)?.metadata.name ?? '';
};

/** A backup of one VM as the wizard makes it (product label, namespace, OR selector on `app`). */
export const backupOfVM = async (api: ClusterAPI, name: string, ns: string, vm: string) => {
  const location = await availableLocation(api);
  await api.create(VELERO.backup, VELERO_NS, {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, labels: { [`vms.vm-data-protection.io/${vm}`]: ns } },
    spec: {
      includedNamespaces: [ns],
      orLabelSelectors: [{ matchLabels: { app: vm } }],
      storageLocation: location,
      ttl: '720h0m0s',
      csiSnapshotTimeout: '24h',
    },
  });
  return api.waitFor(
    () => api.get(VELERO.backup, VELERO_NS, name),
    (b) =>
      ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'].includes(
        String(b?.status?.phase),
      ),
    90_000,
  ) as Promise<KubeObject>;
};
