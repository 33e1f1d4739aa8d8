import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { StatusTone } from '@shared/components/StatusDisplay';
import type { SnapshotState } from './snapshotStatus';

export const SNAPSHOT_STATE_TONE: Record<SnapshotState, StatusTone> = {
  Ready: 'success',
  NotReady: 'warning',
  InProgress: 'progress',
  Failed: 'danger',
  Deleting: 'progress',
  Unknown: 'unknown',
};

/** The words for each snapshot state, in display order. */
export const useSnapshotStateLabels = (): Record<SnapshotState, string> => {
  const { t } = usePluginTranslation();
  return {
    Ready: t('Ready'),
    NotReady: t('Succeeded, not ready'),
    InProgress: t('In progress'),
    Failed: t('Failed'),
    Deleting: t('Deleting'),
    Unknown: t('Unknown'),
  };
};
