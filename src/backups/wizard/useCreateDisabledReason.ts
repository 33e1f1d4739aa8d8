import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { CronChoice } from './useCronChoice';
import type { WizardModel } from './useWizardModel';
import type { WizardValues } from './wizardValues';

/** Why Create cannot be pressed yet, first reason first; undefined when it can. */
export const useCreateDisabledReason = (
  model: WizardModel,
  values: WizardValues,
  cron: CronChoice,
): string | undefined => {
  const { t } = usePluginTranslation();
  if (model.canCreate) return undefined;
  if (model.problems.vms) return t('Pick at least one VM.');
  if (Object.keys(model.problems).length) return t('Fix the problems in Options first.');
  if (values.asSchedule && cron.problem) return t('Fix the schedule first.');
  if (model.readiness.blocked)
    return t('A readiness problem would make the backup fail or hold no data: fix it first.');
  if (model.needsAck && !values.partialAck)
    return t('Acknowledge in Preflight what will be partial or unknown.');
  if (model.patches.length && !values.labelConsent)
    return t('Consent to the labels the VMs need, or pick other VMs.');
  return undefined;
};
