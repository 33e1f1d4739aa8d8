import { Progress, ProgressMeasureLocation, ProgressSize } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { formatBytes } from '../list/formatBytes';
import { percent } from './uploadProgress';

/** Bytes moved of a total, as a small bar with "x of y" above it. */
export const BytesProgress = ({
  done,
  total,
  label,
}: {
  done: number;
  total: number;
  label: string;
}) => {
  const { t } = usePluginTranslation();
  return (
    <Progress
      size={ProgressSize.sm}
      value={percent({ done, total }) ?? 0}
      measureLocation={ProgressMeasureLocation.top}
      title={t('{{done}} of {{total}}', { done: formatBytes(done), total: formatBytes(total) })}
      aria-label={label}
    />
  );
};
