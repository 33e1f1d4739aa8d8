/**
 * The newest good VirtualMachineSnapshot per VM, indexed once: a snapshot lives in its VM's
 * namespace and names the VM in `spec.source`. One taken from an earlier VM of the same name
 * (`status.sourceUID` differs) is not this VM's restore point.
 */
import type { VMRef } from '@backups/scope/productLabels';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { vmKey } from './backupIndex';
import type { RestorePoint } from './lastGood';
import { isGoodSnapshot, newer, snapshotPoint } from './lastGood';

type Entry = { point: RestorePoint; sourceUID?: string };

export type SnapshotIndex = Map<string, Entry[]>;

export const indexSnapshots = (snapshots: V1beta1VirtualMachineSnapshot[]): SnapshotIndex => {
  const index: SnapshotIndex = new Map();
  for (const snapshot of snapshots) {
    const source = snapshot.spec?.source;
    if (source?.kind !== 'VirtualMachine' || !isGoodSnapshot(snapshot)) continue;
    const point = snapshotPoint(snapshot);
    if (!point) continue;
    const key = vmKey({ namespace: snapshot.metadata?.namespace ?? '', name: source.name });
    const sourceUID = snapshot.status?.sourceUID;
    const entry = { point, ...(sourceUID ? { sourceUID } : {}) };
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
  return index;
};

export const lastGoodSnapshotOf = (
  index: SnapshotIndex,
  vm: K8sResourceCommon,
): RestorePoint | undefined => {
  const ref: VMRef = { namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' };
  const uid = vm.metadata?.uid;
  return (index.get(vmKey(ref)) ?? [])
    .filter((entry) => !entry.sourceUID || !uid || entry.sourceUID === uid)
    .reduce<RestorePoint | undefined>((best, entry) => newer(best, entry.point), undefined);
};
