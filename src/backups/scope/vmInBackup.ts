import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupSpec } from '../k8s/types';
import { matchesSelector } from './labelSelector';
import { vmsFromLabels } from './productLabels';

/**
 * Whether a backup holds a VM, without downloading anything: by our product labels when the
 * backup has them, else by matching its scope (namespaces, resource filters, label selectors)
 * against the VM, as Velero selects items (research/oadp-velero.md §2.1, §3.3).
 */
export type Coverage = 'labels' | 'scope' | false;

type Scoped = K8sResourceCommon & { spec?: BackupSpec };

const VM_RESOURCE_NAMES = ['*', 'virtualmachines', 'virtualmachines.kubevirt.io', 'vm', 'vms'];
const namesVM = (list: string[] | undefined) =>
  (list ?? []).some((r) => VM_RESOURCE_NAMES.includes(r.toLowerCase()));

export const namespaceInScope = (spec: BackupSpec, namespace: string): boolean => {
  const included = spec.includedNamespaces ?? [];
  const inIncluded =
    included.length === 0 || included.includes('*') || included.includes(namespace);
  return inIncluded && !(spec.excludedNamespaces ?? []).includes(namespace);
};

const vmResourceInScope = (spec: BackupSpec): boolean => {
  const included = spec.includedResources ?? spec.includedNamespaceScopedResources ?? [];
  if (included.length > 0 && !namesVM(included)) return false;
  const excluded = [
    ...(spec.excludedResources ?? []),
    ...(spec.excludedNamespaceScopedResources ?? []),
  ];
  return !excluded.some((r) => VM_RESOURCE_NAMES.slice(1).includes(r.toLowerCase()));
};

const labelsInScope = (spec: BackupSpec, labels: Record<string, string> | undefined): boolean => {
  if (spec.orLabelSelectors?.length)
    return spec.orLabelSelectors.some((selector) => matchesSelector(labels, selector));
  return spec.labelSelector ? matchesSelector(labels, spec.labelSelector) : true;
};

/** Velero skips any item with this label set to "true", whatever the scope (§2.1 item labels). */
export const EXCLUDE_FROM_BACKUP_LABEL = 'velero.io/exclude-from-backup';

export const backupCoversVM = (backup: Scoped, vm: K8sResourceCommon): Coverage => {
  const namespace = vm.metadata?.namespace ?? '';
  const name = vm.metadata?.name ?? '';
  const named = vmsFromLabels(backup.metadata?.labels);
  if (named.length > 0)
    return named.some((ref) => ref.namespace === namespace && ref.name === name) ? 'labels' : false;
  const spec = backup.spec ?? {};
  return vm.metadata?.labels?.[EXCLUDE_FROM_BACKUP_LABEL] !== 'true' &&
    namespaceInScope(spec, namespace) &&
    vmResourceInScope(spec) &&
    labelsInScope(spec, vm.metadata?.labels)
    ? 'scope'
    : false;
};
