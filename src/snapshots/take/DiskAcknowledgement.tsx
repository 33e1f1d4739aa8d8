import { Checkbox } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { DiskEligibility } from './diskEligibility';
import { isConfigOnly } from './diskEligibility';

type DiskAcknowledgementProps = {
  disks: DiskEligibility;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** The explicit "I understand" a user gives before a snapshot that may leave data out. */
export const DiskAcknowledgement = ({ disks, checked, onChange }: DiskAcknowledgementProps) => {
  const { t } = usePluginTranslation();
  const label = isConfigOnly(disks)
    ? t('I understand that only the VM configuration will be saved, without disk data')
    : disks.notIncluded.length > 0
      ? t('I understand that the disks listed as not included will not be in this snapshot')
      : t('I understand that some disks may not be in this snapshot');
  return (
    <Checkbox
      id="vdp-take-snapshot-acknowledge"
      label={label}
      isChecked={checked}
      onChange={(_event, next) => onChange(next)}
      isRequired
      data-test="acknowledge-disks"
    />
  );
};
