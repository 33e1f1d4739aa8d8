import type { LabelSelector } from '../../k8s/types';
import type { ResourceItem } from '../../details/resourceList';
import type { VMVolumes } from '../../results/groupResultsByVM';
import { matchesSelector } from '../../scope/labelSelector';
import type { VMRef } from '../../scope/productLabels';
import { selectPickedVMs } from '../../wizard/vmSelectors';
import type { DiskRef, VMSnapshots } from './snapshotSelectors';
import { snapshotTerms } from './snapshotSelectors';
import type { RestoreSpec } from './restoreTypes';

/**
 * Bringing back exactly the picked VMs (research/oadp-velero.md §3.3): Velero checks the
 * selectors on top-level items only; a VM's DataVolumes and PVCs come with it as the kubevirt
 * plugin's additional items, but their CSI VolumeSnapshots do not (`snapshotSelectors.ts`).
 * So each picked VM needs a label that no other VM *of the backup* (nor its disks) carries, as
 * archived: Velero matches the archived labels, and we cannot label archived objects, so a VM
 * without one cannot be picked alone. Each of its snapshots needs a term of its own.
 */
export type BackupVM = VMSnapshots;

export type RestoreSelection = {
  selectors: LabelSelector[];
  unselectable: VMRef[];
  /** Disks whose snapshot no term can select alone: restored, their PVC would fail. */
  snapshotsLeftOut: DiskRef[];
};

const sameVM = (a: VMRef, b: VMRef) => a.namespace === b.namespace && a.name === b.name;

export const restoreSelection = (picked: VMRef[], backupVMs: BackupVM[]): RestoreSelection => {
  const asObjects = backupVMs.map(({ vm, labels }) => ({
    metadata: { namespace: vm.namespace, name: vm.name, labels },
  }));
  const namespaces = new Set(picked.map((p) => p.namespace));
  const isPicked = (b: BackupVM) => picked.some((p) => sameVM(p, b.vm));
  const unpicked = backupVMs.filter((b) => namespaces.has(b.vm.namespace) && !isPicked(b));
  // A VM's term must not take another VM's disks or snapshots either (all top-level items).
  const theirDisks = unpicked.flatMap((b) => [
    ...(b.claimLabels ?? []),
    ...(b.snapshots ?? []).map((s) => s.labels),
  ]);
  const selections = selectPickedVMs(picked, asObjects, theirDisks);
  const disks = snapshotTerms(backupVMs.filter(isPicked), unpicked);
  const selectors = [
    ...selections.filter((s) => !s.labelPatch).map((s) => s.selector),
    ...disks.selectors,
  ];
  return {
    selectors: [...new Map(selectors.map((s) => [JSON.stringify(s), s])).values()],
    unselectable: selections.filter((s) => s.labelPatch).map((s) => s.vm),
    snapshotsLeftOut: disks.leftOut,
  };
};

export type LabelledItem = ResourceItem & { labels?: Record<string, string> };

/** The kubevirt plugin never restores launcher pods, nor VMIs a VM owns (it makes new ones). */
const SKIPPED_KINDS = new Set(['Pod', 'VirtualMachineInstance']);

/** What a Restore spec brings back out of a backup's items, as Velero and the plugin decide. */
export const itemsRestored = (
  spec: RestoreSpec,
  items: LabelledItem[],
  volumes: VMVolumes[],
): LabelledItem[] => {
  const inScope = items.filter(
    (item) =>
      !SKIPPED_KINDS.has(item.kind) &&
      (!spec.includedNamespaces?.length || spec.includedNamespaces.includes(item.namespace ?? '')),
  );
  const selectors = spec.orLabelSelectors ?? [];
  const topLevel = inScope.filter(
    (item) => selectors.length === 0 || selectors.some((s) => matchesSelector(item.labels, s)),
  );
  const claims = topLevel
    .filter((item) => item.kind === 'VirtualMachine')
    .flatMap(
      (vm) =>
        volumes
          .find((v) => v.vm.namespace === vm.namespace && v.vm.name === vm.name)
          ?.claims.map((claim) => `${vm.namespace}/${claim}`) ?? [],
    );
  const additional = inScope.filter(
    (item) =>
      (item.kind === 'DataVolume' || item.kind === 'PersistentVolumeClaim') &&
      claims.includes(`${item.namespace}/${item.name}`),
  );
  return inScope.filter((item) => topLevel.includes(item) || additional.includes(item));
};
