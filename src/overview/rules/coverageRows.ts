/**
 * One coverage row per VM the user can list (issue 14 part 1, research/oadp-velero.md §5 row
 * "Protection coverage"): its last good snapshot and backup, the schedules whose backups will
 * hold it and the next run, and its state against the stale threshold. When the backups could
 * not be read (no access to the Velero namespace), the backup side is unknown, never "none":
 * such a VM is then protected only by a fresh snapshot, else its state is unknown.
 */
import type { VeleroBackup, VeleroSchedule } from '@backups/k8s/types';
import type { VMRef } from '@backups/scope/productLabels';
import { schedulesCovering } from '@backups/scope/schedulesCovering';
import { nextRunOf } from '@backups/schedules/scheduleRows';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import type { BackupIndex } from './backupIndex';
import { backupPointsOf, indexBackups, vmKey } from './backupIndex';
import type { RestorePoint } from './lastGood';
import { newer } from './lastGood';
import { indexSnapshots, lastGoodSnapshotOf } from './snapshotIndex';

export type CoverageState = 'unprotected' | 'stale' | 'unknown' | 'protected';

/** The order rows are listed in: what needs fixing first. */
export const COVERAGE_STATES: readonly CoverageState[] = [
  'unprotected',
  'stale',
  'unknown',
  'protected',
];

export type CoveringSchedule = { name: string; paused: boolean; nextRun?: Date };

export type CoverageRow = {
  key: string;
  vm: VMRef;
  snapshot?: RestorePoint;
  /** Undefined when there is none, or when `backupsKnown` is false. */
  backup?: RestorePoint;
  /** A PartiallyFailed backup newer than the last good one. */
  partialBackup?: RestorePoint;
  backupsKnown: boolean;
  /** Paused ones are listed but cover nothing going forward. */
  schedules: CoveringSchedule[];
  schedulesKnown: boolean;
  /** The soonest run of an active covering schedule. */
  nextRun?: Date;
  lastGood?: RestorePoint;
  state: CoverageState;
};

export type CoverageInput = {
  vms: K8sResourceCommon[];
  snapshots: V1beta1VirtualMachineSnapshot[];
  /** Undefined: the backups could not be read. */
  backups: VeleroBackup[] | undefined;
  schedules: VeleroSchedule[] | undefined;
  now: number;
  staleAfterMs: number;
};

export const coverageState = (
  lastGood: RestorePoint | undefined,
  backupsKnown: boolean,
  now: number,
  staleAfterMs: number,
): CoverageState => {
  const fresh = !!lastGood && now - lastGood.at <= staleAfterMs;
  if (fresh) return 'protected';
  // A backup we cannot see may be newer than the snapshot: never claim stale or unprotected.
  if (!backupsKnown) return 'unknown';
  return lastGood ? 'stale' : 'unprotected';
};

/** Each schedule's next run, worked out once (cron parsing is the costly part). */
const scheduleRuns = (schedules: VeleroSchedule[], now: Date) =>
  new Map(
    schedules.map((schedule): [VeleroSchedule, CoveringSchedule] => {
      const paused = schedule.spec?.paused === true;
      const nextRun = paused ? undefined : nextRunOf(schedule, now);
      const name = schedule.metadata?.name ?? '';
      return [schedule, { name, paused, ...(nextRun ? { nextRun } : {}) }];
    }),
  );

const coveringSchedules = (
  schedules: VeleroSchedule[],
  runs: Map<VeleroSchedule, CoveringSchedule>,
  vm: K8sResourceCommon,
) =>
  schedulesCovering(schedules, vm)
    .flatMap((schedule) => runs.get(schedule) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name));

const soonest = (schedules: CoveringSchedule[]): Date | undefined =>
  schedules.reduce<Date | undefined>(
    (best, s) => (s.nextRun && (!best || s.nextRun < best) ? s.nextRun : best),
    undefined,
  );

type Indexes = {
  backups: BackupIndex | undefined;
  runs: Map<VeleroSchedule, CoveringSchedule>;
};

const rowOf = (
  vm: K8sResourceCommon,
  input: CoverageInput,
  indexes: Indexes,
  snapshot: RestorePoint | undefined,
): CoverageRow => {
  const ref = { namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' };
  const backupIndex = indexes.backups;
  const points = backupIndex ? backupPointsOf(backupIndex, vm) : {};
  const schedules = input.schedules ? coveringSchedules(input.schedules, indexes.runs, vm) : [];
  const lastGood = newer(snapshot, points.good);
  const nextRun = soonest(schedules);
  return {
    key: vmKey(ref),
    vm: ref,
    ...(snapshot ? { snapshot } : {}),
    ...(points.good ? { backup: points.good } : {}),
    ...(points.partial ? { partialBackup: points.partial } : {}),
    backupsKnown: !!backupIndex,
    schedules,
    schedulesKnown: !!input.schedules,
    ...(nextRun ? { nextRun } : {}),
    ...(lastGood ? { lastGood } : {}),
    state: coverageState(lastGood, !!backupIndex, input.now, input.staleAfterMs),
  };
};

/** Unprotected first, then stale, unknown, protected; oldest restore point first within each. */
export const compareCoverage = (a: CoverageRow, b: CoverageRow): number =>
  COVERAGE_STATES.indexOf(a.state) - COVERAGE_STATES.indexOf(b.state) ||
  (a.lastGood?.at ?? -Infinity) - (b.lastGood?.at ?? -Infinity) ||
  a.key.localeCompare(b.key);

export const coverageRows = (input: CoverageInput): CoverageRow[] => {
  const indexes: Indexes = {
    backups: input.backups ? indexBackups(input.backups, input.now) : undefined,
    runs: scheduleRuns(input.schedules ?? [], new Date(input.now)),
  };
  const snapshotIndex = indexSnapshots(input.snapshots);
  return input.vms
    .map((vm) => rowOf(vm, input, indexes, lastGoodSnapshotOf(snapshotIndex, vm)))
    .sort(compareCoverage);
};

export type CoverageCounts = Record<CoverageState, number>;

export const coverageCounts = (rows: CoverageRow[]): CoverageCounts => {
  const counts: CoverageCounts = { unprotected: 0, stale: 0, unknown: 0, protected: 0 };
  rows.forEach((row) => (counts[row.state] += 1));
  return counts;
};
