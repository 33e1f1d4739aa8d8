/**
 * How entry points open the backup wizard (a page: its code loads only when opened): the link
 * with the VMs preselected, and why the user may not use it (a SelfSubjectAccessReview for
 * creating Backups, or Schedules, in the Velero namespace). Imports nothing of the wizard itself.
 */
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupModel, ScheduleModel } from '../k8s/models';
import { backupWizardHref } from '../routes/wizardRoutes';
import type { VMRef } from '../scope/productLabels';

export type BackupWizardEntry = { href: string; loading: boolean; disabledReason?: string };

export const useBackupWizardEntry = (
  options: { vms?: VMRef[]; schedule?: boolean } = {},
): BackupWizardEntry => {
  const { t } = usePluginTranslation();
  const velero = useVeleroNamespace();
  const model = options.schedule ? ScheduleModel : BackupModel;
  const access = useAccess(model, 'create', velero.namespace);
  const loading = !velero.loaded || access.loading;
  const disabledReason =
    loading || access.allowed
      ? undefined
      : options.schedule
        ? t('You may not create Schedules in the Velero namespace {{namespace}}.', velero)
        : t('You may not create Backups in the Velero namespace {{namespace}}.', velero);
  return { href: backupWizardHref(options), loading, disabledReason };
};
