import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import { isSpecDefinedVolume } from './specDefinedVolume';

export type SnapshotDisk = { name: string; reason?: string };

export type DiskEligibility = {
  /** False while `vm.status.volumeSnapshotStatuses` is absent (not computed yet). */
  statusKnown: boolean;
  included: SnapshotDisk[];
  /** Data that will not be in the snapshot; the user must acknowledge it. */
  notIncluded: SnapshotDisk[];
  /** Not copied, but recreated from the VM configuration on restore. */
  recreated: SnapshotDisk[];
  /** No eligibility reported for these yet; they may be left out. */
  unknown: SnapshotDisk[];
  /** Hot-plugged into the running instance but not persisted in the VM spec: never included. */
  hotplugged: SnapshotDisk[];
};

/**
 * Which disks a snapshot of `vm` will contain, from the snapshot controller's
 * `volumeSnapshotStatuses` joined with the VM's volumes. Volumes of the running instance that
 * the VM spec lacks were hot-plugged without being persisted: "hot plugged disks that are not in
 * the virtual machine specification are not included in the snapshot" (seeds 002, 004).
 */
export const diskEligibility = (
  vm: V1VirtualMachine,
  vmi?: V1VirtualMachineInstance,
): DiskEligibility => {
  const volumes = vm.spec.template?.spec?.volumes ?? [];
  const statuses = vm.status?.volumeSnapshotStatuses;
  const inSpec = new Set(volumes.map((v) => v.name));
  const result: DiskEligibility = {
    statusKnown: !!statuses,
    included: [],
    notIncluded: [],
    recreated: [],
    unknown: [],
    hotplugged: (vmi?.spec?.volumes ?? [])
      .filter((v) => !inSpec.has(v.name))
      .map((v) => ({ name: v.name })),
  };
  const reported = new Set<string>();
  for (const { name, enabled, reason } of statuses ?? []) {
    reported.add(name);
    const volume = volumes.find((v) => v.name === name);
    if (enabled) {
      result.included.push({ name });
    } else if (isSpecDefinedVolume(volume)) {
      result.recreated.push({ name, reason });
    } else {
      result.notIncluded.push({ name, reason });
    }
  }
  for (const volume of volumes) {
    if (reported.has(volume.name)) {
      continue;
    }
    (isSpecDefinedVolume(volume) ? result.recreated : result.unknown).push({ name: volume.name });
  }
  return result;
};

/** Nothing but the VM configuration can be saved (no disk is eligible). */
export const isConfigOnly = (disks: DiskEligibility): boolean =>
  disks.statusKnown && disks.included.length === 0;

/**
 * What the user must acknowledge before submitting, as a key that changes when the disk
 * lists change (so an earlier acknowledgement stops counting); undefined when nothing is at risk.
 */
export const acknowledgementKey = (disks: DiskEligibility): string | undefined => {
  const { statusKnown, notIncluded, unknown, hotplugged } = disks;
  if (statusKnown && !notIncluded.length && !unknown.length && !hotplugged.length) {
    return undefined;
  }
  return JSON.stringify([
    statusKnown,
    notIncluded.map((d) => d.name),
    unknown.map((d) => d.name),
    hotplugged.map((d) => d.name),
  ]);
};
