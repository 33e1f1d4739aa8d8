/**
 * The schedule modals, each in its own chunk that loads when it opens, so the action provider
 * and the list do not carry their code.
 */
import { lazyOverlay } from '@shared/components/LazyOverlay/lazyOverlay';
import type { VeleroSchedule } from '../k8s/types';

type ScheduleProps = { schedule: VeleroSchedule };

export const LazyRunNowModal = lazyOverlay<ScheduleProps>(() =>
  import(/* webpackChunkName: "run-schedule-now-modal" */ './run-now/RunNowModal').then(
    (m) => m.RunNowModal,
  ),
);

export const LazyPauseScheduleModal = lazyOverlay<ScheduleProps>(() =>
  import(/* webpackChunkName: "pause-schedule-modal" */ './actions/PauseScheduleModal').then(
    (m) => m.PauseScheduleModal,
  ),
);

export const LazyEditScheduleModal = lazyOverlay<ScheduleProps>(() =>
  import(/* webpackChunkName: "edit-schedule-modal" */ './edit/EditScheduleModal').then(
    (m) => m.EditScheduleModal,
  ),
);

export const LazyDeleteScheduleModal = lazyOverlay<ScheduleProps>(() =>
  import(/* webpackChunkName: "delete-schedule-modal" */ './delete/DeleteScheduleModal').then(
    (m) => m.DeleteScheduleModal,
  ),
);
