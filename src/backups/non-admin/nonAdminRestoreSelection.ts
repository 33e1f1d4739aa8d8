import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { RestoreSelection } from '../restores/build/restoreSelectors';
import { restoreSelection } from '../restores/build/restoreSelectors';
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
  if (others.length === 0) return { selectors: [], unselectable: [] };
  const labelsOf = (ref: VMRef) =>
    liveVMs.find((v) => v.metadata?.namespace === ref.namespace && v.metadata?.name === ref.name)
      ?.metadata?.labels ?? {};
  return restoreSelection(
    [vm],
    [vm, ...others].map((ref) => ({ vm: ref, labels: labelsOf(ref) })),
  );
};
