/** What request handlers, admission plugins and controllers share. */
import type { Registry } from './api/registry';
import type { ResourceType } from './api/resource-types';
import type { Authorizer } from './auth/rbac';
import type { UserDirectory } from './auth/users';
import type { Faults } from './server/faults';
import type { Clock } from './storage/clock';
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
  };
}

export type Kinds = ReturnType<typeof kinds>;
