/**
 * Velero 1.16's schedule controller (`pkg/controller/schedule_controller.go`; research/
 * oadp-velero.md §0a "Schedules", §2.2): paused schedules are not looked at; `skipImmediately`
 * (server default false) is consumed into `lastSkipped`; the cron expression is re-validated
 * every time (`FailedValidation` with robfig's message, else `Enabled`); a backup is due when
 * the cluster clock is past the first cron time after the last backup (or the creation, or the
 * last skip), and none is made while one of the schedule's backups is still New or InProgress.
 */
import type { StoredObject } from '../../api/types';
import { asString, clone, isMap, rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import type { CronSchedule } from './cron';
import { parseCron } from './cron';
import { SCHEDULE_NAME_LABEL } from './velero-labels';
import { VELERO_NAMESPACE } from './velero-server';

type Json = Record<string, unknown>;

/** `Schedule.TimestampedName`: `<schedule>-<yyyyMMddHHmmss>` in UTC. */
export function scheduledBackupName(schedule: string, at: number): string {
  return `${schedule}-${rfc3339(at)
    .replace(/[-:TZ]/g, '')
    .slice(0, 14)}`;
}

export function validateSchedule(expression: unknown): { cron?: CronSchedule; errors: string[] } {
  if (typeof expression !== 'string' || expression.length === 0)
    return { errors: ['Schedule must be a non-empty valid Cron expression'] };
  try {
    return { cron: parseCron(expression), errors: [] };
  } catch (error) {
    return { errors: [`invalid schedule: ${(error as Error).message}`] };
  }
}

export function scheduleController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  /** `checkIfBackupInNewOrProgress`: only New and InProgress hold the next one back. */
  const hasRunningBackup = (schedule: StoredObject) =>
    context.objects
      .list(k.backup, VELERO_NAMESPACE)
      .some(
        (b) =>
          b.metadata.labels?.[SCHEDULE_NAME_LABEL] === schedule.metadata.name &&
          ['New', 'InProgress'].includes(asString((b.status as Json | undefined)?.phase) ?? ''),
      );

  /** `getBackup` / `FromSchedule`: the template's spec, its labels (else the schedule's). */
  function submitBackup(schedule: StoredObject, spec: Json, at: number): void {
    const template = isMap(spec.template) ? clone(spec.template) : {};
    const templateLabels = isMap(template.metadata) ? template.metadata.labels : undefined;
    const labels = {
      ...((isMap(templateLabels) ? templateLabels : schedule.metadata.labels) as Record<
        string,
        string
      >),
      [SCHEDULE_NAME_LABEL]: schedule.metadata.name,
    };
    const ownerReferences =
      spec.useOwnerReferencesInBackup === true
        ? [
            {
              apiVersion: 'velero.io/v1',
              kind: 'Schedule',
              name: schedule.metadata.name,
              uid: schedule.metadata.uid,
              controller: true,
            },
          ]
        : undefined;
    context.objects.create(k.backup, {
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: {
        name: scheduledBackupName(schedule.metadata.name, at),
        namespace: VELERO_NAMESPACE,
        labels,
        ...(schedule.metadata.annotations ? { annotations: schedule.metadata.annotations } : {}),
        ...(ownerReferences ? { ownerReferences } : {}),
      },
      spec: template,
    });
  }

  return {
    name: 'velero-schedule',
    primary: k.schedule,
    watches: [
      {
        type: k.backup,
        map: (event) => {
          const name = event.object.metadata.labels?.[SCHEDULE_NAME_LABEL];
          return name ? [{ namespace: VELERO_NAMESPACE, name }] : [];
        },
      },
    ],
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const current = context.objects.get(k.schedule, ref.namespace, ref.name);
      if (!current || current.metadata.deletionTimestamp) return undefined;
      const spec = isMap(current.spec) ? current.spec : {};
      if (spec.paused === true) return undefined;
      const now = context.clock.now();
      const next = clone(current);
      const nextSpec = next.spec as Json;
      const status: Json = { ...((next.status as Json | undefined) ?? {}) };
      if (nextSpec.skipImmediately === true) status.lastSkipped = rfc3339(now);
      // Velero writes the server default back, and consumes a `true`.
      nextSpec.skipImmediately = false;
      const { cron, errors } = validateSchedule(spec.schedule);
      if (cron) {
        status.phase = 'Enabled';
        delete status.validationErrors;
      } else {
        status.phase = 'FailedValidation';
        status.validationErrors = errors;
      }
      next.status = status;
      let written = writeObject(context, k.schedule, next);
      if (!cron) return undefined;
      const base = Math.max(
        timeOf(status.lastBackup) ?? context.clock.creationOf(written),
        timeOf(status.lastSkipped) ?? 0,
      );
      const due = cron.next(base);
      if (due === undefined) return undefined;
      if (now <= due) return requeueAt(context, due + 1);
      if (hasRunningBackup(written)) return undefined;
      submitBackup(written, spec, now);
      written = clone(written);
      written.status = { ...status, lastBackup: rfc3339(now) };
      writeObject(context, k.schedule, written);
      const following = cron.next(now);
      return following === undefined ? undefined : requeueAt(context, following + 1);
    },
  };
}
