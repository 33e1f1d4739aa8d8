import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelSelector } from '../k8s/types';
import { matchesSelector } from '../scope/labelSelector';
import type { VMRef } from '../scope/productLabels';

/**
 * Selecting exactly the picked VMs (DESIGN §6, research/oadp-velero.md §3.3): Velero's label
 * selectors seed the backup and apply in every included namespace, so each picked VM needs a
 * label that no unpicked VM of those namespaces has. Prefer one the VM already carries; else
 * our product label, added to the VM with the user's consent.
 */
export const PRODUCT_VM_LABEL = 'vm-data-protection.io/vm';

/** Label keys tried first, in this order (common VM identity labels), then the rest by name. */
const PREFERRED = ['app', 'vm.kubevirt.io/name', 'kubevirt.io/vm'];

export type VMSelection = {
  vm: VMRef;
  selector: LabelSelector;
  /** The merge patch to send to the VM when it needs our label (shown in the review). */
  labelPatch?: { metadata: { labels: Record<string, string> } };
};

const refOf = (vm: K8sResourceCommon): VMRef => ({
  namespace: vm.metadata?.namespace ?? '',
  name: vm.metadata?.name ?? '',
});
const same = (a: VMRef, b: VMRef) => a.namespace === b.namespace && a.name === b.name;

/** `othersLabels`: objects besides the VMs that no selector may take (a restore: other VMs' disks). */
export const selectPickedVMs = (
  picked: VMRef[],
  allVMs: K8sResourceCommon[],
  othersLabels: Record<string, string>[] = [],
): VMSelection[] => {
  const namespaces = new Set(picked.map((p) => p.namespace));
  const unpicked = allVMs.filter(
    (vm) => namespaces.has(vm.metadata?.namespace ?? '') && !picked.some((p) => same(p, refOf(vm))),
  );
  return picked.map((ref) => {
    const vm = allVMs.find((v) => same(refOf(v), ref));
    const labels = vm?.metadata?.labels ?? {};
    const keys = Object.keys(labels).sort(
      (a, b) =>
        (PREFERRED.indexOf(a) + 1 || 99) - (PREFERRED.indexOf(b) + 1 || 99) || a.localeCompare(b),
    );
    const unique = keys.find((key) => {
      const selector = { matchLabels: { [key]: labels[key] } };
      return (
        !unpicked.some((other) => matchesSelector(other.metadata?.labels, selector)) &&
        !othersLabels.some((labels) => matchesSelector(labels, selector))
      );
    });
    if (unique) return { vm: ref, selector: { matchLabels: { [unique]: labels[unique] } } };
    return {
      vm: ref,
      selector: { matchLabels: { [PRODUCT_VM_LABEL]: ref.name } },
      labelPatch: { metadata: { labels: { [PRODUCT_VM_LABEL]: ref.name } } },
    };
  });
};

/** The VMs a set of OR selectors selects in the given namespaces, labels applied as patched. */
export const vmsSelectedBy = (
  selectors: LabelSelector[],
  namespaces: string[],
  allVMs: K8sResourceCommon[],
  patched: VMSelection[] = [],
): VMRef[] =>
  allVMs
    .filter((vm) => namespaces.includes(vm.metadata?.namespace ?? ''))
    .filter((vm) => {
      const patch = patched.find((p) => same(p.vm, refOf(vm)))?.labelPatch?.metadata.labels ?? {};
      const labels = { ...(vm.metadata?.labels ?? {}), ...patch };
      return selectors.some((selector) => matchesSelector(labels, selector));
    })
    .map(refOf);
