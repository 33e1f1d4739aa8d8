import { Progress, ProgressMeasureLocation, ProgressSize } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupProgress } from '../progress/uploadProgress';
import { percent } from '../progress/uploadProgress';
import { BytesProgress } from '../progress/BytesProgress';

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
    // Without a floor "66 of 66 items" wrapped per letter; 8rem still fits "1.0 GiB of 30.0 GiB".
    <div data-test="backup-progress" style={{ minWidth: '8rem' }}>
      {items && (
        <Progress
          size={ProgressSize.sm}
          value={percent(items) ?? 0}
          measureLocation={ProgressMeasureLocation.top}
          title={t('{{done}} of {{total}} items', { done: items.done, total: items.total })}
          aria-label={t('Items backed up')}
          variant={done && items.done < items.total ? 'warning' : undefined}
        />
      )}
      {bytes && <BytesProgress done={bytes.done} total={bytes.total} label={t('Data uploaded')} />}
    </div>
  );
};
