import { StatusDisplay } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { SnapshotStatusInfo } from './snapshotStatus';
import { SNAPSHOT_STATE_TONE, useSnapshotStateLabels } from './useSnapshotStatusLabels';

/** A snapshot's state with its reason: never a success icon unless ready to use. */
export const SnapshotStatus = ({ status }: { status: SnapshotStatusInfo }) => {
  const { t } = usePluginTranslation();
  const labels = useSnapshotStateLabels();
  const detail =
    status.state === 'Unknown' && !status.detail ? t('No status reported yet') : status.detail;
  return (
    <StatusDisplay
      tone={SNAPSHOT_STATE_TONE[status.state]}
      label={labels[status.state]}
      detail={detail}
    />
  );
};
