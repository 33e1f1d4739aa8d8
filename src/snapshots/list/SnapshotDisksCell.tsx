import { Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

/** "N disks included, M excluded" (i18next plurals), with the disk names on hover and focus. */
export const SnapshotDisksCell = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const volumes = snapshot.status?.snapshotVolumes;
  if (!volumes) {
    return <span>-</span>;
  }
  const included = volumes.includedVolumes ?? [];
  const excluded = volumes.excludedVolumes ?? [];
  const summary = t('{{included}}, {{excluded}}', {
    included: t('{{count}} disk included', {
      count: included.length,
      defaultValue_other: '{{count}} disks included',
    }),
    excluded: t('{{count}} excluded', {
      count: excluded.length,
      defaultValue_other: '{{count}} excluded',
    }),
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
