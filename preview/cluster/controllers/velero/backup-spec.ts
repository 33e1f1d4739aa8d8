/**
 * The parts of a velero.io/v1 Backup the simulation reads (research/oadp-velero.md §2.1), and
 * the resource filters as Velero and kubevirt-velero-plugin each read them.
 */
import type { ResourceType } from '../../api/resource-types';
import type { StoredObject } from '../../api/types';

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface BackupSpec {
  includedNamespaces?: string[];
  excludedNamespaces?: string[];
  includedResources?: string[];
  excludedResources?: string[];
  includeClusterResources?: boolean;
  includedClusterScopedResources?: string[];
  excludedClusterScopedResources?: string[];
  includedNamespaceScopedResources?: string[];
  excludedNamespaceScopedResources?: string[];
  labelSelector?: LabelSelector;
  orLabelSelectors?: LabelSelector[];
  snapshotVolumes?: boolean;
  snapshotMoveData?: boolean;
  datamover?: string;
  defaultVolumesToFsBackup?: boolean;
  storageLocation?: string;
  volumeSnapshotLocations?: string[];
  ttl?: string;
  csiSnapshotTimeout?: string;
  itemOperationTimeout?: string;
  [field: string]: unknown;
}

export interface Backup extends StoredObject {
  spec: BackupSpec;
  status?: Record<string, unknown> & { phase?: string };
}

/** `<plural>` for the core group, else `<plural>.<group>` (Velero's group-resource string). */
export function groupResource(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

function names(type: ResourceType): string[] {
  const gr = groupResource(type);
  return [gr, type.plural, type.singular, type.kind.toLowerCase(), ...type.shortNames];
}

function listed(list: string[] | undefined, type: ResourceType): boolean {
  return (list ?? []).some((entry) => entry === '*' || names(type).includes(entry.toLowerCase()));
}

export function usesOldFilters(spec: BackupSpec): boolean {
  return (
    (spec.includedResources?.length ?? 0) > 0 ||
    (spec.excludedResources?.length ?? 0) > 0 ||
    spec.includeClusterResources !== undefined
  );
}

export function usesNewFilters(spec: BackupSpec): boolean {
  return [
    spec.includedClusterScopedResources,
    spec.excludedClusterScopedResources,
    spec.includedNamespaceScopedResources,
    spec.excludedNamespaceScopedResources,
  ].some((list) => (list?.length ?? 0) > 0);
}

/** Velero's inclusion of a namespaced resource type (either filter style; "*" means all). */
export function namespacedResourceIncluded(spec: BackupSpec, type: ResourceType): boolean {
  const [included, excluded] = usesNewFilters(spec)
    ? [spec.includedNamespaceScopedResources, spec.excludedNamespaceScopedResources]
    : [spec.includedResources, spec.excludedResources];
  if ((included?.length ?? 0) > 0 && !listed(included, type)) return false;
  return !listed(excluded, type);
}

/** Cluster-scoped items (PVs as additional items): unless switched off or filtered out. */
export function clusterResourceIncluded(spec: BackupSpec, type: ResourceType): boolean {
  if (usesNewFilters(spec)) return !listed(spec.excludedClusterScopedResources, type);
  if (spec.includeClusterResources === false) return false;
  if ((spec.includedResources?.length ?? 0) > 0 && !listed(spec.includedResources, type))
    return false;
  return !listed(spec.excludedResources, type);
}

/**
 * kubevirt-velero-plugin's `IsResourceInBackup` (pkg/util/util.go): only the old-style lists,
 * names compared ignoring case and a plural "s", and "*" is not understood (so it includes
 * nothing by name).
 */
export function pluginSeesResource(spec: BackupSpec, resource: string): boolean {
  const same = (entry: string) => {
    const r = entry.split('.')[0].toLowerCase();
    return r === resource || `${r}s` === resource || r === `${resource}s`;
  };
  const included = spec.includedResources ?? [];
  if (included.length > 0 && !included.some(same)) return false;
  return !(spec.excludedResources ?? []).some(same);
}
