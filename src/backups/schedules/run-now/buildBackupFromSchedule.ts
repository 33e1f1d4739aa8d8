/**
 * "Run now" = what `velero backup create --from-schedule` makes (research/oadp-velero.md §2.2;
 * Velero 1.16 `pkg/builder` `FromSchedule`, `Schedule.TimestampedName`): the template as the
 * spec; the template's labels, else the schedule's, plus `velero.io/schedule-name`; the
 * schedule's annotations; an owner reference when `useOwnerReferencesInBackup` is set; named
 * `<schedule>-<yyyyMMddHHmmss>` in UTC.
 */
import type { VeleroBackup, VeleroSchedule } from '../../k8s/types';

export const SCHEDULE_NAME_LABEL = 'velero.io/schedule-name';

/** `<schedule>-<yyyyMMddHHmmss>`, the time in UTC. */
export const timestampedName = (schedule: string, at: Date): string =>
  `${schedule}-${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}`;

export const buildBackupFromSchedule = (schedule: VeleroSchedule, at: Date): VeleroBackup => {
  const name = schedule.metadata?.name ?? '';
  const { metadata: templateMeta, ...spec } = schedule.spec?.template ?? {};
  const labels = {
    ...(templateMeta?.labels ?? schedule.metadata?.labels ?? {}),
    [SCHEDULE_NAME_LABEL]: name,
  };
  const annotations = schedule.metadata?.annotations;
  const owned = schedule.spec?.useOwnerReferencesInBackup === true;
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: timestampedName(name, at),
      namespace: schedule.metadata?.namespace,
      labels,
      ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
      ...(owned
        ? {
            ownerReferences: [
              {
                apiVersion: 'velero.io/v1',
                kind: 'Schedule',
                name,
                uid: schedule.metadata?.uid ?? '',
                controller: true,
              },
            ],
          }
        : {}),
    },
    spec,
  };
};
