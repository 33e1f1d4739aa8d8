import { Progress, ProgressMeasureLocation, ProgressSize } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { percent } from '../progress/uploadProgress';
import type { NonAdminBackupRow } from './nonAdminBackupRows';

/** Items from the mirrored Velero status, disk uploads from the controller's counts, the queue. */
export const NonAdminBackupProgress = ({ row }: { row: NonAdminBackupRow }) => {
  const { t } = usePluginTranslation();
  if (!row.items && !row.uploads && !row.queuePosition) return <>-</>;
  return (
    <div data-test="nab-progress" style={{ minWidth: '10rem' }}>
      {row.queuePosition !== undefined && (
        <div data-test="nab-queue">
          {t('Waiting: number {{position}} in the Velero queue', { position: row.queuePosition })}
        </div>
      )}
      {row.items && (
        <Progress
          size={ProgressSize.sm}
          value={percent(row.items) ?? 0}
          measureLocation={ProgressMeasureLocation.top}
          title={t('{{done}} of {{total}} items', row.items)}
          aria-label={t('Items backed up')}
          variant={row.status.terminal && row.items.done < row.items.total ? 'warning' : undefined}
        />
      )}
      {row.uploads && (
        <div data-test="nab-uploads">
          {row.uploads.failed > 0
            ? t('{{done}} of {{total}} disk uploads done, {{failed}} failed', row.uploads)
            : t('{{done}} of {{total}} disk uploads done', row.uploads)}
        </div>
      )}
    </div>
  );
};
