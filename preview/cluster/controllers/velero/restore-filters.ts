/**
 * Which archived items a Restore selects and in which order (research/oadp-velero.md §2.3;
 * Velero 1.16.2 `restore_controller.go` nonRestorableResources, `pkg/restore/restore.go`
 * getOrderedResourceCollection, `config.go` defaultRestorePriorities): resource and
 * namespace include/exclude lists, `labelSelector` / `orLabelSelectors` on top-level items.
 */
import { labelSelectorObjectMatches } from '../../api/selectors';
import type { Registry } from '../../api/registry';
import { asArray, asString, isMap } from '../../api/types';
import type { JsonMap } from '../../api/types';
import type { ArchivedItem } from './restore-archive';

export const NON_RESTORABLE = [
  'nodes',
  'events',
  'events.events.k8s.io',
  'backups.velero.io',
  'restores.velero.io',
  'resticrepositories.velero.io',
  'csinodes.storage.k8s.io',
  'volumeattachments.storage.k8s.io',
  'backuprepositories.velero.io',
];

const HIGH_PRIORITIES = [
  'customresourcedefinitions',
  'namespaces',
  'storageclasses',
  'volumesnapshotclass.snapshot.storage.k8s.io',
  'volumesnapshotcontents.snapshot.storage.k8s.io',
  'volumesnapshots.snapshot.storage.k8s.io',
  'datauploads.velero.io',
  'persistentvolumes',
  'persistentvolumeclaims',
  'serviceaccounts',
  'secrets',
  'configmaps',
  'limitranges',
  'pods',
  'replicasets.apps',
  'clusterclasses.cluster.x-k8s.io',
  'endpoints',
  'services',
];

export const strings = (value: unknown): string[] =>
  asArray(value)
    .map((v) => asString(v))
    .filter((v): v is string => v !== undefined);

/** collections.IncludesExcludes: empty includes or "*" mean everything; excludes win. */
export class IncludesExcludes {
  constructor(
    private readonly includes: string[],
    private readonly excludes: string[],
    private readonly canonical: (name: string) => string = (n) => n,
  ) {}

  shouldInclude(name: string): boolean {
    const resolved = this.canonical(name);
    if (this.excludes.some((e) => e === '*' || this.canonical(e) === resolved)) return false;
    return (
      this.includes.length === 0 ||
      this.includes.some((i) => i === '*' || this.canonical(i) === resolved)
    );
  }

  includesEverything(): boolean {
    return (
      (this.includes.length === 0 || this.includes.includes('*')) && this.excludes.length === 0
    );
  }
}

/** Resolves `vm`, `VirtualMachine`, `virtualmachines` to `virtualmachines.kubevirt.io`, as discovery does. */
export function groupResourceResolver(registry: Registry): (name: string) => string {
  return (name: string) => {
    const lower = name.toLowerCase();
    for (const type of registry.types) {
      const full = type.group ? `${type.plural}.${type.group}` : type.plural;
      if (
        lower === full ||
        lower === type.plural ||
        lower === type.kind.toLowerCase() ||
        lower === type.singular ||
        type.shortNames.includes(lower)
      )
        return full;
    }
    return lower;
  };
}

/** labelSelector, or any of orLabelSelectors; only top-level items are checked (not additional ones). */
export function labelsMatch(spec: JsonMap, labels: Record<string, string>): boolean {
  const or = asArray(spec.orLabelSelectors).filter(isMap);
  if (or.length > 0) return or.some((s) => labelSelectorObjectMatches(s, labels));
  if (isMap(spec.labelSelector)) return labelSelectorObjectMatches(spec.labelSelector, labels);
  return true;
}

/** High priorities first, then the rest sorted by name (Velero's default restore order). */
export function orderItems(items: ArchivedItem[]): ArchivedItem[] {
  const rank = (gr: string) => {
    const index = HIGH_PRIORITIES.indexOf(gr);
    return index >= 0 ? index : HIGH_PRIORITIES.length;
  };
  return [...items].sort(
    (a, b) =>
      rank(a.groupResource) - rank(b.groupResource) ||
      a.groupResource.localeCompare(b.groupResource) ||
      a.namespace.localeCompare(b.namespace) ||
      a.name.localeCompare(b.name),
  );
}
