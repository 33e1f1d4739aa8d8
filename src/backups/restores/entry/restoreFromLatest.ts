import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import type { VeleroSchedule } from '../../k8s/types';
import { restoreWizardHref } from '../../routes/wizardRoutes';

/**
 * "Restore from latest" for the Schedule actions (built on another branch): the wizard with
 * the schedule as source; the wizard resolves its latest Completed or PartiallyFailed backup.
 * `t` and the access result come from the caller's hooks.
 */
export const restoreFromLatestAction = (
  schedule: VeleroSchedule,
  label: string,
  mayRestore: { allowed: boolean; reason: string },
): Action => ({
  id: 'vdp-schedule-restore-latest',
  label,
  cta: { href: restoreWizardHref({ schedule: schedule.metadata?.name ?? '' }) },
  disabled: !mayRestore.allowed,
  disabledTooltip: mayRestore.reason,
});
