/**
 * The backups indexed once per render of the overview, so 1,000 VMs against 5,000 backups is
 * not a million scope matches: backups with our product labels are keyed by the VMs they name
 * (research/oadp-velero.md §2.11); the rest are kept newest first and matched by scope
 * (`backupCoversVM`), stopping at the first good one older than what the VM already has.
 */
import type { VeleroBackup } from '@backups/k8s/types';
import type { VMRef } from '@backups/scope/productLabels';
import { vmsFromLabels } from '@backups/scope/productLabels';
import { backupCoversVM } from '@backups/scope/vmInBackup';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { RestorePoint } from './lastGood';
import { backupPoint, isGoodBackup, isPartialBackup, newer } from './lastGood';

export type BackupPoints = { good?: RestorePoint; partial?: RestorePoint };

type Scoped = { backup: VeleroBackup; point: RestorePoint; good: boolean };

export type BackupIndex = {
  byVM: Map<string, BackupPoints>;
  byScope: Scoped[];
};

export const vmKey = (vm: VMRef): string => `${vm.namespace}/${vm.name}`;

const add = (points: BackupPoints, point: RestorePoint, good: boolean): BackupPoints =>
  good
    ? { ...points, good: newer(points.good, point) }
    : { ...points, partial: newer(points.partial, point) };

/** Only Completed and PartiallyFailed backups that still exist matter to coverage. */
export const indexBackups = (backups: VeleroBackup[], now: number): BackupIndex => {
  const byVM = new Map<string, BackupPoints>();
  const byScope: Scoped[] = [];
  for (const backup of backups) {
    const good = isGoodBackup(backup, now);
    if (!good && !isPartialBackup(backup, now)) continue;
    const point = backupPoint(backup);
    if (!point) continue;
    const named = vmsFromLabels(backup.metadata?.labels);
    if (named.length === 0) byScope.push({ backup, point, good });
    for (const ref of named) byVM.set(vmKey(ref), add(byVM.get(vmKey(ref)) ?? {}, point, good));
  }
  byScope.sort((a, b) => b.point.at - a.point.at);
  return { byVM, byScope };
};

const refOf = (vm: K8sResourceCommon): VMRef => ({
  namespace: vm.metadata?.namespace ?? '',
  name: vm.metadata?.name ?? '',
});

/** The newest good backup holding the VM, and the newest partial one if it is newer still. */
export const backupPointsOf = (index: BackupIndex, vm: K8sResourceCommon): BackupPoints => {
  let points = index.byVM.get(vmKey(refOf(vm))) ?? {};
  for (const entry of index.byScope) {
    // Newest first: nothing further down can be newer than the good one we have.
    if (points.good && entry.point.at <= points.good.at) break;
    if (entry.good || !points.partial || entry.point.at > points.partial.at)
      if (backupCoversVM(entry.backup, vm) !== false) points = add(points, entry.point, entry.good);
  }
  const partialNewer = points.partial && (!points.good || points.partial.at > points.good.at);
  return {
    ...(points.good ? { good: points.good } : {}),
    ...(partialNewer ? { partial: points.partial } : {}),
  };
};
