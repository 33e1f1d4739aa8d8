import { Progress, ProgressMeasureLocation, ProgressSize } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupProgress } from '../progress/uploadProgress';
import { percent } from '../progress/uploadProgress';
import { formatBytes } from './formatBytes';

/** Items saved, and bytes uploaded when the backup moves data; nothing invented. */
export const BackupProgressCell = ({
  progress,
  done,
}: {
  progress: BackupProgress;
  done: boolean;
}) => {
  const { t } = usePluginTranslation();
  const items = progress.items;
  const bytes = progress.bytes;
  if (!items && !bytes) return <>-</>;
  return (
    <div data-test="backup-progress">
      {items && (
        <Progress
          size={ProgressSize.sm}
          value={percent(items) ?? 0}
          measureLocation={ProgressMeasureLocation.outside}
          title={t('{{done}} of {{total}} items', { done: items.done, total: items.total })}
          aria-label={t('Items backed up')}
          variant={done && items.done < items.total ? 'warning' : undefined}
        />
      )}
      {bytes && (
        <Progress
          size={ProgressSize.sm}
          value={percent(bytes) ?? 0}
          measureLocation={ProgressMeasureLocation.outside}
          title={t('{{done}} of {{total}} uploaded', {
            done: formatBytes(bytes.done),
            total: formatBytes(bytes.total),
          })}
          aria-label={t('Data uploaded')}
        />
      )}
    </div>
  );
};
