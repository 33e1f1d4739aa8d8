/**
 * Preflight per VM (DESIGN §6 "Backup wizard" step 4; research/oadp-velero.md §0a, §3.2, §3.4):
 * with a guest agent virt-freezer freezes the filesystems, without one it exits 0 and the
 * backup is crash-consistent with no error; a disk whose driver has no class Velero can use is
 * not backed up (the backup is partial); a running VM needs its VMI and launcher pod in the
 * backup, which our spec guarantees (no resource filter) unless the VMI is excluded by label.
 */
import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import { classForDriver } from '../readiness/readinessChecks';
import type { ReadinessInput } from '../readiness/readinessChecks';
import type { VMDisk } from './vmDisks';

export const EXCLUDE_LABEL = 'velero.io/exclude-from-backup';

export type DiskCheck = VMDisk & {
  driver?: string;
  /** The VolumeSnapshotClass Velero will use; undefined when none. */
  snapshotClass?: string;
  /** Unknown while classes are not loaded or not readable. */
  eligible: boolean | undefined;
};

export type Consistency = 'consistent' | 'crash-consistent' | 'stopped';

export type VMPreflight = {
  consistency: Consistency;
  disks: DiskCheck[];
  /** Disks that will not be in the backup: the VM's backup is partial. */
  partial: DiskCheck[];
  /** A running VM whose instance is missing or excluded from backups. */
  runtimeProblem?: 'no-instance' | 'instance-excluded';
};

export const diskChecks = (
  disks: VMDisk[],
  drivers: Record<string, string | undefined>,
  classes: ReadinessInput['snapshotClasses'],
): DiskCheck[] =>
  disks.map((disk) => {
    const driver = disk.storageClass ? drivers[disk.storageClass] : undefined;
    const snapshotClass = classes && driver ? classForDriver(classes, driver) : undefined;
    return { ...disk, driver, snapshotClass, eligible: classes ? !!snapshotClass : undefined };
  });

const isRunning = (vm: V1VirtualMachine) =>
  ['Running', 'Paused', 'Starting', 'Migrating'].includes(vm.status?.printableStatus ?? '');

export const vmPreflight = (
  vm: V1VirtualMachine,
  vmi: V1VirtualMachineInstance | undefined,
  disks: DiskCheck[],
): VMPreflight => {
  const running = isRunning(vm) || !!vmi;
  const agent = vmi?.status?.conditions?.some(
    (c) => c.type === 'AgentConnected' && c.status === 'True',
  );
  const runtimeProblem = !running
    ? undefined
    : !vmi
      ? 'no-instance'
      : EXCLUDE_LABEL in (vmi.metadata?.labels ?? {})
        ? 'instance-excluded'
        : undefined;
  return {
    consistency: !running ? 'stopped' : agent ? 'consistent' : 'crash-consistent',
    disks,
    partial: disks.filter((d) => d.eligible === false),
    ...(runtimeProblem ? { runtimeProblem } : {}),
  };
};
