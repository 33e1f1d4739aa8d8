/**
 * One row per Schedule (research/oadp-velero.md §2.2): its VMs (product labels on the
 * template, else the template's scope against the VMs we see), state, next run and the
 * newest of its backups (labelled `velero.io/schedule-name`).
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { nextRuns } from '../cron/nextRuns';
import { validateCron } from '../cron/validateCron';
import type { VeleroBackup, VeleroSchedule } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import { vmsFromLabels } from '../scope/productLabels';
import { backupCoversVM } from '../scope/vmInBackup';
import { SCHEDULE_NAME_LABEL } from './run-now/buildBackupFromSchedule';

export type ScheduleState = 'Enabled' | 'Paused' | 'FailedValidation' | 'New';

export type ScheduleRow = {
  schedule: VeleroSchedule;
  name: string;
  vms: VMRef[];
  vmsFrom: 'labels' | 'scope';
  cron: string;
  state: ScheduleState;
  validationErrors: string[];
  nextRun?: Date;
  ttl?: string;
  location?: string;
  /** The newest Backup with the schedule label, else the name `status.lastBackup` implies. */
  lastBackup?: VeleroBackup;
  lastBackupTime?: string;
};

const time = (value?: string) => (value ? Date.parse(value) : undefined);

export const scheduleState = (schedule: VeleroSchedule): ScheduleState => {
  if (schedule.status?.phase === 'FailedValidation') return 'FailedValidation';
  if (schedule.spec?.paused) return 'Paused';
  return schedule.status?.phase === 'Enabled' ? 'Enabled' : 'New';
};

/**
 * Velero's next run: the first cron time after the last backup (or the creation, or the last
 * skip, whichever is latest). One already past runs at the next reconcile: shown as `now`.
 */
export const nextRunOf = (schedule: VeleroSchedule, now: Date): Date | undefined => {
  if (scheduleState(schedule) !== 'Enabled' && scheduleState(schedule) !== 'New') return undefined;
  const cron = schedule.spec?.schedule ?? '';
  if (validateCron(cron, now)) return undefined;
  const base = Math.max(
    time(schedule.status?.lastBackup) ??
      time(schedule.metadata?.creationTimestamp) ??
      now.getTime(),
    time(schedule.status?.lastSkipped) ?? 0,
  );
  const [next] = nextRuns(cron, new Date(base), 1);
  return next && next.getTime() < now.getTime() ? now : next;
};

export const backupsOfSchedule = (name: string, backups: VeleroBackup[]): VeleroBackup[] =>
  backups.filter((b) => b.metadata?.labels?.[SCHEDULE_NAME_LABEL] === name);

const newest = (backups: VeleroBackup[]): VeleroBackup | undefined =>
  backups.reduce<VeleroBackup | undefined>((best, b) => {
    const at = time(b.metadata?.creationTimestamp) ?? 0;
    return !best || at > (time(best.metadata?.creationTimestamp) ?? 0) ? b : best;
  }, undefined);

const refOf = (vm: K8sResourceCommon): VMRef => ({
  namespace: vm.metadata?.namespace ?? '',
  name: vm.metadata?.name ?? '',
});

export const scheduleRow = (
  schedule: VeleroSchedule,
  backups: VeleroBackup[],
  vms: K8sResourceCommon[],
  now: Date,
): ScheduleRow => {
  const name = schedule.metadata?.name ?? '';
  const template = schedule.spec?.template ?? {};
  const labelled = vmsFromLabels(template.metadata?.labels);
  const asBackup = { metadata: { labels: template.metadata?.labels ?? {} }, spec: template };
  const lastBackup = newest(backupsOfSchedule(name, backups));
  const lastBackupTime = lastBackup?.metadata?.creationTimestamp ?? schedule.status?.lastBackup;
  const nextRun = nextRunOf(schedule, now);
  return {
    schedule,
    name,
    vms:
      labelled.length > 0 ? labelled : vms.filter((vm) => backupCoversVM(asBackup, vm)).map(refOf),
    vmsFrom: labelled.length > 0 ? 'labels' : 'scope',
    cron: schedule.spec?.schedule ?? '',
    state: scheduleState(schedule),
    validationErrors: schedule.status?.validationErrors ?? [],
    ...(nextRun ? { nextRun } : {}),
    ...(template.ttl ? { ttl: template.ttl } : {}),
    ...(template.storageLocation ? { location: template.storageLocation } : {}),
    ...(lastBackup ? { lastBackup } : {}),
    ...(lastBackupTime ? { lastBackupTime } : {}),
  };
};

export const scheduleRows = (
  schedules: VeleroSchedule[],
  backups: VeleroBackup[],
  vms: K8sResourceCommon[],
  now: Date,
): ScheduleRow[] => schedules.map((schedule) => scheduleRow(schedule, backups, vms, now));
