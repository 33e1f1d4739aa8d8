import { useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { BackupModel, ScheduleModel } from '../../k8s/models';
import type { VeleroSchedule } from '../../k8s/types';
import { restoreFromLatestAction } from '../../restores/entry/restoreFromLatest';
import { useMayRestore } from '../../restores/entry/useMayRestore';
import {
  LazyDeleteScheduleModal,
  LazyEditScheduleModal,
  LazyPauseScheduleModal,
  LazyRunNowModal,
} from '../lazyModals';

/**
 * `console.action/resource-provider` for velero.io Schedules, also the list's row kebab and
 * the details page's menu: Run now, Restore from latest, Pause/Resume, Edit, Delete, each disabled with the reason
 * (the console shows no reason for an access-review denial, console-runtime.md point 5).
 */
export const useScheduleActions = (
  schedule: VeleroSchedule,
): [Action[], boolean, Error | undefined] => {
  const { t } = usePluginTranslation();
  const launchOverlay = useOverlay();
  const namespace = schedule.metadata?.namespace;
  const mayBackUp = useAccess(BackupModel, 'create', namespace);
  const mayPatch = useAccess(ScheduleModel, 'patch', namespace);
  const mayDelete = useAccess(ScheduleModel, 'delete', namespace);
  const mayRestore = useMayRestore();
  const actions = useMemo((): Action[] => {
    const paused = schedule.spec?.paused === true;
    const deleting = !!schedule.metadata?.deletionTimestamp;
    const noPatch = t('You may not edit Schedules in {{namespace}}.', { namespace });
    const beingDeleted = t('The schedule is being deleted.');
    const open = (modal: typeof LazyRunNowModal) => () => launchOverlay(modal, { schedule });
    return [
      {
        id: 'vdp-schedule-run-now',
        label: t('Run now'),
        cta: open(LazyRunNowModal),
        disabled: !mayBackUp.allowed || deleting,
        disabledTooltip: !mayBackUp.allowed
          ? t('You may not create Backups in {{namespace}}.', { namespace })
          : beingDeleted,
      },
      restoreFromLatestAction(schedule, t('Restore from latest'), mayRestore),
      {
        id: paused ? 'vdp-schedule-resume' : 'vdp-schedule-pause',
        label: paused ? t('Resume') : t('Pause'),
        cta: open(LazyPauseScheduleModal),
        disabled: !mayPatch.allowed || deleting,
        disabledTooltip: !mayPatch.allowed ? noPatch : beingDeleted,
      },
      {
        id: 'vdp-schedule-edit',
        label: t('Edit schedule'),
        cta: open(LazyEditScheduleModal),
        disabled: !mayPatch.allowed || deleting,
        disabledTooltip: !mayPatch.allowed ? noPatch : beingDeleted,
      },
      {
        id: 'vdp-schedule-delete',
        label: t('Delete schedule'),
        cta: open(LazyDeleteScheduleModal),
        disabled: !mayDelete.allowed || deleting,
        disabledTooltip: !mayDelete.allowed
          ? t('You may not delete Schedules in {{namespace}}.', { namespace })
          : beingDeleted,
      },
    ];
  }, [
    schedule,
    launchOverlay,
    mayBackUp.allowed,
    mayPatch.allowed,
    mayDelete.allowed,
    mayRestore,
    namespace,
    t,
  ]);
  const loaded =
    !mayBackUp.loading && !mayPatch.loading && !mayDelete.loading && !mayRestore.loading;
  return [actions, loaded, undefined];
};

export default useScheduleActions;
