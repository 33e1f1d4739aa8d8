import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { RestoreSelection } from '../restores/build/restoreSelectors';
import { restoreSelection } from '../restores/build/restoreSelectors';
import { CREATED_BY_LABEL } from '../restores/build/snapshotSelectors';
import type { VMRef } from '../scope/productLabels';
import { vmsFromLabels } from '../scope/productLabels';
import type { NonAdminBackup } from './nonAdminTypes';

/**
 * Selectors to restore one VM out of a NonAdminBackup. A namespace user cannot download the
 * backup's contents (that needs the Velero namespace), so the VMs it holds come from our
 * product labels on the NAB and their labels from the live VMs: the VM alone needs no
 * selector; among several, one label only it carries (restores/build/restoreSelectors).
 */
export const nonAdminRestoreSelection = (
  nab: NonAdminBackup,
  vm: VMRef,
  liveVMs: K8sResourceCommon[],
): RestoreSelection => {
  const held = vmsFromLabels(nab.metadata?.labels);
  const others = held.filter((v) => v.namespace !== vm.namespace || v.name !== vm.name);
  if (others.length === 0) return { selectors: [], unselectable: [], snapshotsLeftOut: [] };
  const liveOf = (ref: VMRef) =>
    liveVMs.find((v) => v.metadata?.namespace === ref.namespace && v.metadata?.name === ref.name);
  // The disk snapshots must be selected too; CDI labels a VM's disks with its UID, and the
  // snapshots carry their PVC's labels (restores/build/snapshotSelectors).
  const entry = (ref: VMRef) => {
    const live = liveOf(ref);
    const uid = live?.metadata?.uid;
    return {
      vm: ref,
      labels: live?.metadata?.labels ?? {},
      snapshots: uid ? [{ claim: ref.name, labels: { [CREATED_BY_LABEL]: uid } }] : [],
    };
  };
  return restoreSelection([vm], [vm, ...others].map(entry));
};
