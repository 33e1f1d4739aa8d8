import type { VMVolumes } from '../results/groupResultsByVM';
import type { VMRef } from '../scope/productLabels';

/** `{"<group/version>/<Kind>": ["<ns>/<name>" | "<name>"]}` (research/velero-formats.md §4). */
export type ResourceList = Record<string, string[]>;

export type ResourceItem = {
  apiVersionKind: string;
  kind: string;
  namespace?: string;
  name: string;
};

export const resourceItems = (list: ResourceList): ResourceItem[] =>
  Object.entries(list).flatMap(([apiVersionKind, names]) =>
    names.map((entry) => {
      const slash = entry.indexOf('/');
      // Restore lists carry the action: "demo/vm1(created)".
      const bare = entry.replace(/\((created|updated|failed|skipped)\)$/, '');
      const kind = apiVersionKind.slice(apiVersionKind.lastIndexOf('/') + 1);
      return slash >= 0
        ? { apiVersionKind, kind, namespace: bare.slice(0, slash), name: bare.slice(slash + 1) }
        : { apiVersionKind, kind, name: bare };
    }),
  );

/** The VMs really inside a backup: its VirtualMachine entries. */
export const vmsInResourceList = (list: ResourceList): VMRef[] =>
  resourceItems(list)
    .filter(
      (item) =>
        item.apiVersionKind.startsWith('kubevirt.io/') &&
        item.kind === 'VirtualMachine' &&
        item.namespace,
    )
    .map((item) => ({ namespace: item.namespace ?? '', name: item.name }));

const LAUNCHER = /^virt-launcher-(.+)-[a-z0-9]{5}$/;

const belongsTo = (item: ResourceItem, vm: VMRef, claims: string[]): boolean => {
  if (item.namespace !== vm.namespace) return false;
  switch (item.kind) {
    case 'VirtualMachine':
    case 'VirtualMachineInstance':
      return item.name === vm.name;
    case 'PersistentVolumeClaim':
    case 'DataVolume':
      return claims.includes(item.name);
    case 'Pod':
      return LAUNCHER.exec(item.name)?.[1] === vm.name;
    default:
      return false;
  }
};

/** What is really inside, per VM (its VM, VMI, launcher pod, claims, DataVolumes), then the rest. */
export const contentsByVM = (
  list: ResourceList,
  volumes: VMVolumes[],
): { vms: { vm: VMRef; items: ResourceItem[] }[]; other: ResourceItem[] } => {
  const items = resourceItems(list);
  const vms = vmsInResourceList(list).map((vm) => {
    const claims =
      volumes.find((v) => v.vm.namespace === vm.namespace && v.vm.name === vm.name)?.claims ?? [];
    return { vm, items: items.filter((item) => belongsTo(item, vm, claims)) };
  });
  const taken = new Set(vms.flatMap((v) => v.items));
  return { vms, other: items.filter((item) => !taken.has(item)) };
};
