import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { apiVersionOf } from '@shared/k8s/models';
import { ScheduleModel } from '../k8s/models';
import type { VeleroSchedule } from '../k8s/types';
import type { BackupChoices } from './buildBackup';
import { buildBackupSpec, productLabels } from './buildBackup';
import type { VMSelection } from './vmSelectors';

export type ScheduleChoices = BackupChoices & {
  cron: string;
  skipImmediately: boolean;
  useOwnerReferencesInBackup: boolean;
};

/**
 * The Schedule the wizard sends (research/oadp-velero.md §2.2): its `template` is exactly the
 * Backup spec the wizard would create now, with the product labels as template labels so every
 * backup it makes names its VMs.
 */
export const buildSchedule = (
  choices: ScheduleChoices,
  allVMs: K8sResourceCommon[],
): { schedule: VeleroSchedule; labelPatches: VMSelection[] } => {
  const { spec, labelPatches } = buildBackupSpec(choices, allVMs);
  return {
    schedule: {
      apiVersion: apiVersionOf(ScheduleModel),
      kind: ScheduleModel.kind,
      metadata: { name: choices.name, namespace: choices.veleroNamespace },
      spec: {
        schedule: choices.cron,
        template: { ...spec, metadata: { labels: productLabels(choices.vms) } },
        skipImmediately: choices.skipImmediately,
        useOwnerReferencesInBackup: choices.useOwnerReferencesInBackup,
      },
    },
    labelPatches,
  };
};
