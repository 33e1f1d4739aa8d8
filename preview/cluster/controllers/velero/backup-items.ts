/**
 * Which objects a backup takes (research/oadp-velero.md §3.1–§3.3): namespaces, label
 * selectors and resource filters seed the collection (Velero's resource priorities first);
 * each item brings its additional items — a VM its VMI, launcher pod, DataVolumes, claims and
 * the secrets/config maps its volumes use (kubevirt-velero-plugin's graph), a DataVolume its
 * claim, a pod its claims, a claim its PV — which skip the selectors but not the filters.
 */
import { labelSelectorObjectMatches } from '../../api/selectors';
import type { ResourceType } from '../../api/resource-types';
import type { StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import type { BackupLog } from './backup-log';
import type { BackupSpec } from './backup-spec';
import { clusterResourceIncluded, groupResource, namespacedResourceIncluded } from './backup-spec';
import { SKIP, vmActionError, vmAdditionalItems } from './kubevirt-plugin';

export const EXCLUDE_LABEL = 'velero.io/exclude-from-backup';

export interface BackupItem {
  type: ResourceType;
  object: StoredObject;
  /** The top-level item being processed when this one was reached (errors name it). */
  via: string;
}

/** Velero's default resource priorities (pkg/cmd/server/server.go), the rest alphabetical. */
const PRIORITY = [
  'namespaces',
  'persistentvolumes',
  'persistentvolumeclaims',
  'secrets',
  'configmaps',
  'serviceaccounts',
  'limitranges',
  'pods',
];
// Not collected by this simulation: events churn, Velero's own kinds live in openshift-adp.
const SKIPPED_GROUPS = new Set(['velero.io', 'oadp.openshift.io']);

export function itemKey(type: ResourceType, object: StoredObject): string {
  return `${groupResource(type)}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

export function includedNamespaces(context: ClusterContext, spec: BackupSpec): string[] {
  const k = kinds(context.registry);
  const included = spec.includedNamespaces ?? [];
  const all = included.length === 0 || included.includes('*');
  const excluded = new Set(spec.excludedNamespaces ?? []);
  return context.objects
    .list(k.namespace)
    .filter((ns) => ns.metadata.labels?.[EXCLUDE_LABEL] !== 'true')
    .map((ns) => ns.metadata.name)
    .filter((name) => (all || included.includes(name)) && !excluded.has(name))
    .sort();
}

function selected(spec: BackupSpec, object: StoredObject): boolean {
  const labels = object.metadata.labels ?? {};
  if (spec.labelSelector) return labelSelectorObjectMatches(spec.labelSelector, labels);
  if (spec.orLabelSelectors?.length)
    return spec.orLabelSelectors.some((s) => labelSelectorObjectMatches(s, labels));
  return true;
}

export function collectItems(
  context: ClusterContext,
  spec: BackupSpec,
  log: BackupLog,
  plugin: { kubevirt: boolean; metadataBackup: boolean },
): BackupItem[] {
  const kubevirtPlugin = plugin.kubevirt;
  const k = kinds(context.registry);
  const namespaces = includedNamespaces(context, spec);
  const inScope = new Set(namespaces);
  const rank = (type: ResourceType) => {
    const index = PRIORITY.indexOf(groupResource(type));
    return index < 0 ? PRIORITY.length : index;
  };
  const types = context.registry.types
    .filter((t) => t.namespaced && !t.virtual && t !== k.event && !SKIPPED_GROUPS.has(t.group))
    .filter((t) => namespacedResourceIncluded(spec, t))
    .sort((a, b) => rank(a) - rank(b) || groupResource(a).localeCompare(groupResource(b)));
  const items: BackupItem[] = [];
  const seen = new Set<string>();
  const included = (type: ResourceType, object: StoredObject) => {
    if (object.metadata.labels?.[EXCLUDE_LABEL] === 'true') return false;
    // The Namespace objects of the included namespaces always go in.
    if (type === k.namespace) return true;
    if (!type.namespaced) return clusterResourceIncluded(spec, type);
    return inScope.has(object.metadata.namespace ?? '') && namespacedResourceIncluded(spec, type);
  };
  const visit = (type: ResourceType, object: StoredObject, via: string) => {
    const key = itemKey(type, object);
    if (seen.has(key) || !included(type, object)) return;
    seen.add(key);
    const fields = {
      name: object.metadata.name,
      namespace: object.metadata.namespace ?? '',
      resource: groupResource(type),
    };
    log.add('info', 'Backing up item', fields);
    if (kubevirtPlugin) {
      const error = vmActionError(context, spec, type, object, plugin.metadataBackup);
      if (error === SKIP) return;
      if (error) {
        log.add('error', 'Error backing up item', { name: via, error });
        return;
      }
    }
    items.push({ type, object, via });
    for (const extra of additionalItems(context, type, object, kubevirtPlugin)) {
      if (extra.object) visit(extra.type, extra.object, via);
      else
        log.add('warning', "Additional item was not found in Kubernetes API, can't back it up", {
          ...fields,
          groupResource: groupResource(extra.type),
          name: extra.name,
        });
    }
  };
  for (const namespace of namespaces) {
    const ns = context.objects.get(k.namespace, undefined, namespace);
    if (ns) visit(k.namespace, ns, namespace);
  }
  for (const type of types)
    for (const namespace of namespaces)
      for (const object of context.objects.list(type, namespace))
        if (selected(spec, object)) visit(type, object, object.metadata.name);
  return items;
}

export interface AdditionalItem {
  type: ResourceType;
  name: string;
  object?: StoredObject;
}

function additionalItems(
  context: ClusterContext,
  type: ResourceType,
  object: StoredObject,
  kubevirtPlugin: boolean,
): AdditionalItem[] {
  const k = kinds(context.registry);
  const ns = object.metadata.namespace;
  const item = (t: ResourceType, name: string): AdditionalItem => ({
    type: t,
    name,
    object: context.objects.get(t, t.namespaced ? ns : undefined, name),
  });
  const spec = (object.spec ?? {}) as Record<string, unknown>;
  if (type === k.pvc) {
    const volume = (spec as { volumeName?: string }).volumeName;
    return volume ? [item(k.pv, volume)] : [];
  }
  if (type === k.pod) {
    const volumes = (spec.volumes ?? []) as { persistentVolumeClaim?: { claimName: string } }[];
    return volumes
      .filter((v) => v.persistentVolumeClaim)
      .map((v) => item(k.pvc, v.persistentVolumeClaim?.claimName ?? ''));
  }
  if (!kubevirtPlugin) return [];
  if (type === k.dataVolume) return [item(k.pvc, object.metadata.name)];
  return vmAdditionalItems(context, type, object).map((extra) => item(extra.type, extra.name));
}
