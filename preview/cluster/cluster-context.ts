/** What request handlers, admission plugins and controllers share. */
import type { Registry } from './api/registry';
import type { ResourceType } from './api/resource-types';
import type { Authorizer } from './auth/rbac';
import type { UserDirectory } from './auth/users';
import type { Faults } from './server/faults';
import type { Clock } from './storage/clock';
import type { ObjectStore } from './object-store/object-store';
import type { Objects } from './storage/objects';
import type { Store } from './storage/store';

export interface ClusterContext {
  registry: Registry;
  store: Store;
  objects: Objects;
  clock: Clock;
  authorizer: Authorizer;
  users: UserDirectory;
  faults: Faults;
  /** Buckets of the BackupStorageLocations (Velero's object storage). */
  objectStore: ObjectStore;
  log: (line: string) => void;
}

/** Well-known types by short handle, so controllers need not spell group/plural everywhere. */
export function kinds(registry: Registry) {
  const t = (group: string, plural: string): ResourceType => registry.byGroupPlural(group, plural);
  return {
    namespace: t('', 'namespaces'),
    pvc: t('', 'persistentvolumeclaims'),
    pv: t('', 'persistentvolumes'),
    pod: t('', 'pods'),
    event: t('', 'events'),
    node: t('', 'nodes'),
    storageClass: t('storage.k8s.io', 'storageclasses'),
    clusterRole: t('rbac.authorization.k8s.io', 'clusterroles'),
    clusterRoleBinding: t('rbac.authorization.k8s.io', 'clusterrolebindings'),
    role: t('rbac.authorization.k8s.io', 'roles'),
    roleBinding: t('rbac.authorization.k8s.io', 'rolebindings'),
    vm: t('kubevirt.io', 'virtualmachines'),
    vmi: t('kubevirt.io', 'virtualmachineinstances'),
    kubevirt: t('kubevirt.io', 'kubevirts'),
    vmSnapshot: t('snapshot.kubevirt.io', 'virtualmachinesnapshots'),
    vmSnapshotContent: t('snapshot.kubevirt.io', 'virtualmachinesnapshotcontents'),
    vmRestore: t('snapshot.kubevirt.io', 'virtualmachinerestores'),
    vmClone: t('clone.kubevirt.io', 'virtualmachineclones'),
    dataVolume: t('cdi.kubevirt.io', 'datavolumes'),
    storageProfile: t('cdi.kubevirt.io', 'storageprofiles'),
    volumeSnapshot: t('snapshot.storage.k8s.io', 'volumesnapshots'),
    volumeSnapshotContent: t('snapshot.storage.k8s.io', 'volumesnapshotcontents'),
    volumeSnapshotClass: t('snapshot.storage.k8s.io', 'volumesnapshotclasses'),
    configMap: t('', 'configmaps'),
    secret: t('', 'secrets'),
    backup: t('velero.io', 'backups'),
    restore: t('velero.io', 'restores'),
    schedule: t('velero.io', 'schedules'),
    backupStorageLocation: t('velero.io', 'backupstoragelocations'),
    volumeSnapshotLocation: t('velero.io', 'volumesnapshotlocations'),
    deleteBackupRequest: t('velero.io', 'deletebackuprequests'),
    downloadRequest: t('velero.io', 'downloadrequests'),
    serverStatusRequest: t('velero.io', 'serverstatusrequests'),
    podVolumeBackup: t('velero.io', 'podvolumebackups'),
    dataUpload: t('velero.io', 'datauploads'),
    dataDownload: t('velero.io', 'datadownloads'),
    dataProtectionApplication: t('oadp.openshift.io', 'dataprotectionapplications'),
    nonAdminBackup: t('oadp.openshift.io', 'nonadminbackups'),
    nonAdminRestore: t('oadp.openshift.io', 'nonadminrestores'),
    nonAdminBackupStorageLocation: t('oadp.openshift.io', 'nonadminbackupstoragelocations'),
    nonAdminDownloadRequest: t('oadp.openshift.io', 'nonadmindownloadrequests'),
  };
}

export type Kinds = ReturnType<typeof kinds>;
