import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { VeleroSchedule } from '../k8s/types';
import { backupCoversVM } from './vmInBackup';

/**
 * The schedules whose backups will hold a VM: the template's product labels (what each backup
 * will carry), else the template's scope. A paused schedule still covers it, but says so.
 */
export const schedulesCovering = (
  schedules: VeleroSchedule[],
  vm: K8sResourceCommon,
): VeleroSchedule[] =>
  schedules.filter((schedule) => {
    const template = schedule.spec?.template ?? {};
    return (
      schedule.status?.phase !== 'FailedValidation' &&
      backupCoversVM(
        { metadata: { labels: template.metadata?.labels ?? {} }, spec: template },
        vm,
      ) !== false
    );
  });
