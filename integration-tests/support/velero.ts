import type { ClusterAPI, KubeObject } from './cluster-api';

/** The Velero namespace OADP installs into, and the kinds the backup journeys arrange. */
export const VELERO_NS = 'openshift-adp';
export const VELERO = {
  backup: { group: 'velero.io', version: 'v1', plural: 'backups' },
  bsl: { group: 'velero.io', version: 'v1', plural: 'backupstoragelocations' },
  dbr: { group: 'velero.io', version: 'v1', plural: 'deletebackuprequests' },
  dpa: { group: 'oadp.openshift.io', version: 'v1alpha1', plural: 'dataprotectionapplications' },
};

/** Waits until OADP (seeded even with `--seed empty`) has an Available default location. */
export const availableLocation = async (api: ClusterAPI): Promise<string> => {
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
