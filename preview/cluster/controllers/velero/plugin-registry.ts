/**
 * The plugins a Velero 1.16.2 server on OADP 1.5 registers (`pkg/cmd/server/plugin/plugin.go`,
 * and the `main.go` of velero-plugin-for-aws, openshift-velero-plugin and kubevirt-velero-plugin
 * v0.8.0), as ServerStatusRequest lists them: `{name, kind}` with Velero's kind names. The CSI
 * actions are built into Velero since 1.14 (`csi` in `defaultPlugins` only turns EnableCSI on).
 * Velero lists them in Go map order; here they are sorted by kind, then name.
 */

export interface PluginInfo {
  name: string;
  kind: string;
}

const V = (names: string[]) => names.map((n) => `velero.io/${n}`);

const VELERO_BUILT_IN: Record<string, string[]> = {
  BackupItemAction: V(['pv', 'pod', 'service-account', 'crd-remap-version']),
  RestoreItemAction: V([
    'job',
    'pod',
    'pod-volume-restore',
    'init-restore-hook',
    'service',
    'service-account',
    'add-pvc-from-pod',
    'change-storage-class',
    'change-image-name',
    'role-bindings',
    'cluster-role-bindings',
    'crd-preserve-fields',
    'pvc',
    'apiservice',
    'admission-webhook-configuration',
    'secret',
    'dataupload',
  ]),
  DeleteItemAction: V(['dataupload-delete', 'csi-volumesnapshotcontent-delete']),
  BackupItemActionV2: V([
    'csi-pvc-backupper',
    'csi-volumesnapshot-backupper',
    'csi-volumesnapshotcontent-backupper',
    'csi-volumesnapshotclass-backupper',
  ]),
  RestoreItemActionV2: V([
    'csi-pvc-restorer',
    'csi-volumesnapshot-restorer',
    'csi-volumesnapshotcontent-restorer',
    'csi-volumesnapshotclass-restorer',
  ]),
  ItemBlockAction: V(['pvc', 'pod', 'service-account']),
};

const O = (names: string[]) => names.map((n) => `openshift.io/${n}`);

const DEFAULT_PLUGINS: Record<string, Record<string, string[]>> = {
  aws: { ObjectStore: ['velero.io/aws'], VolumeSnapshotter: ['velero.io/aws'] },
  'legacy-aws': { ObjectStore: ['velero.io/aws'], VolumeSnapshotter: ['velero.io/aws'] },
  gcp: { ObjectStore: ['velero.io/gcp'], VolumeSnapshotter: ['velero.io/gcp'] },
  azure: { ObjectStore: ['velero.io/azure'], VolumeSnapshotter: ['velero.io/azure'] },
  kubevirt: {
    BackupItemAction: [
      'kubevirt-velero-plugin/backup-datavolume-action',
      'kubevirt-velero-plugin/backup-virtualmachine-action',
      'kubevirt-velero-plugin/backup-virtualmachineinstance-action',
    ],
    RestoreItemAction: [
      'kubevirt-velero-plugin/restore-vm-action',
      'kubevirt-velero-plugin/restore-vmi-action',
      'kubevirt-velero-plugin/restore-pvc-action',
      'kubevirt-velero-plugin/restore-pod-action',
    ],
  },
  openshift: {
    BackupItemAction: O([
      '01-common-backup-plugin',
      '02-serviceaccount-backup-plugin',
      '03-pv-backup-plugin',
      '04-imagestreamtag-backup-plugin',
      '07-pod-backup-plugin',
      '08-deploymentconfig-backup-plugin',
      '09-replicationcontroller-backup-plugin',
      '19-is-backup-plugin',
      '25-configmap-backup-plugin',
    ]),
    RestoreItemAction: O([
      '01-common-restore-plugin',
      '02-serviceaccount-restore-plugin',
      '03-pv-restore-plugin',
      '04-pvc-restore-plugin',
      '05-route-restore-plugin',
      '06-build-restore-plugin',
      '07-pod-restore-plugin',
      '08-deploymentconfig-restore-plugin',
      '09-replicationcontroller-restore-plugin',
      '10-job-restore-plugin',
      '11-daemonset-restore-plugin',
      '12-replicaset-restore-plugin',
      '13-deployment-restore-plugin',
      '14-statefulset-restore-plugin',
      '15-service-restore-plugin',
      '16-cronjob-restore-plugin',
      '17-buildconfig-restore-plugin',
      '18-secret-restore-plugin',
      '19-is-restore-plugin',
      '20-SCC-restore-plugin',
      '21-role-bindings-restore-plugin',
      '22-cluster-role-bindings-restore-plugin',
      '23-imagetag-restore-plugin',
      '24-horizontalpodautoscaler-restore-plugin',
      '25-configmap-restore-plugin',
      '26-nonadmin-restore-plugin',
    ]),
    RestoreItemActionV2: O(['04-imagestreamtag-restore-plugin']),
    ItemBlockAction: O(['02-serviceaccount-iba-plugin']),
  },
};

/** Every plugin the server has, for the DPA's `defaultPlugins`. */
export function installedPlugins(defaultPlugins: string[]): PluginInfo[] {
  const seen = new Set<string>();
  const list: PluginInfo[] = [];
  for (const source of [VELERO_BUILT_IN, ...defaultPlugins.map((p) => DEFAULT_PLUGINS[p] ?? {})]) {
    for (const [kind, names] of Object.entries(source)) {
      for (const name of names) {
        if (seen.has(`${kind}|${name}`)) continue;
        seen.add(`${kind}|${name}`);
        list.push({ name, kind });
      }
    }
  }
  return list.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
