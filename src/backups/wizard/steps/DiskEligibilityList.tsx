import { Label, LabelGroup } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { DiskCheck } from '../preflight';

/** Each disk of a VM and whether Velero can snapshot it (and with which class). */
export const DiskEligibilityList = ({ disks }: { disks: DiskCheck[] }) => {
  const { t } = usePluginTranslation();
  if (disks.length === 0) return <>{t('No disks with data')}</>;
  return (
    <LabelGroup numLabels={4}>
      {disks.map((d) => (
        <Label
          key={d.pvc}
          isCompact
          color={d.eligible === false ? 'orange' : d.eligible ? 'green' : 'grey'}
          data-test={`disk-${d.pvc}`}
        >
          {d.eligible === false
            ? t('{{disk}}: no snapshot class', { disk: d.volume })
            : d.eligible
              ? t('{{disk}}: can snapshot', { disk: d.volume })
              : t('{{disk}}: unknown', { disk: d.volume })}
        </Label>
      ))}
    </LabelGroup>
  );
};
