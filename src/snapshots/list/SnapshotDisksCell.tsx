import { Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

/** "N included, M excluded", with the disk names on hover and focus. */
export const SnapshotDisksCell = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const volumes = snapshot.status?.snapshotVolumes;
  if (!volumes) {
    return <span>-</span>;
  }
  const included = volumes.includedVolumes ?? [];
  const excluded = volumes.excludedVolumes ?? [];
  const summary = t('{{included}} included, {{excluded}} excluded', {
    included: included.length,
    excluded: excluded.length,
  });
  const names = [
    included.length ? t('Included: {{names}}', { names: included.join(', ') }) : '',
    excluded.length ? t('Excluded: {{names}}', { names: excluded.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return names ? (
    <Tooltip content={names}>
      <span tabIndex={0} data-test="snapshot-disks">
        {summary}
      </span>
    </Tooltip>
  ) : (
    <span data-test="snapshot-disks">{summary}</span>
  );
};
