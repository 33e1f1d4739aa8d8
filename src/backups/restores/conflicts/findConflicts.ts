import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { VMVolumes } from '../../results/groupResultsByVM';
import type { VMRef } from '../../scope/productLabels';

/**
 * Velero leaves an existing object alone (and warns only when it differs,
 * research/oadp-velero.md §0a), so a VM restored over one of the same name would silently
 * not come back. We check first: what of each picked VM already exists where it would land.
 */
export type ConflictKind = 'VirtualMachine' | 'DataVolume' | 'PersistentVolumeClaim';

export type Conflict = { vm: VMRef; kind: ConflictKind; namespace: string; name: string };

export type TargetObjects = {
  vms: K8sResourceCommon[];
  dataVolumes: K8sResourceCommon[];
  claims: K8sResourceCommon[];
};

const exists = (objects: K8sResourceCommon[], namespace: string, name: string) =>
  objects.some((o) => o.metadata?.namespace === namespace && o.metadata?.name === name);

export const findConflicts = (
  picked: VMVolumes[],
  targets: Record<string, string>,
  existing: TargetObjects,
): Conflict[] =>
  picked.flatMap(({ vm, claims }) => {
    const namespace = targets[vm.namespace] || vm.namespace;
    const found: Conflict[] = [];
    if (exists(existing.vms, namespace, vm.name))
      found.push({ vm, kind: 'VirtualMachine', namespace, name: vm.name });
    claims.forEach((claim) => {
      if (exists(existing.dataVolumes, namespace, claim))
        found.push({ vm, kind: 'DataVolume', namespace, name: claim });
      if (exists(existing.claims, namespace, claim))
        found.push({ vm, kind: 'PersistentVolumeClaim', namespace, name: claim });
    });
    return found;
  });

/** What "stop and delete the existing VM first" deletes: the existing VMs in the way. */
export const vmsToDelete = (conflicts: Conflict[]): { namespace: string; name: string }[] =>
  conflicts
    .filter((c) => c.kind === 'VirtualMachine')
    .map(({ namespace, name }) => ({ namespace, name }));
