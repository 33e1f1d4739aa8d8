import { Alert, ExpandableSection, FormGroup } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import type { DiskEligibility } from './diskEligibility';
import { isConfigOnly } from './diskEligibility';
import { DiskList } from './DiskList';

type SnapshotDisksProps = { disks: DiskEligibility };

/** What the snapshot will and will not contain, and why. */
export const SnapshotDisks = ({ disks }: SnapshotDisksProps) => {
  const { t } = usePluginTranslation();
  const [includedOpen, setIncludedOpen] = useState(true);
  const [recreatedOpen, setRecreatedOpen] = useState(false);
  const { statusKnown, included, notIncluded, recreated, unknown, hotplugged } = disks;
  return (
    <FormGroup label={t('Disks')} role="group" fieldId="vdp-take-snapshot-disks">
      {!statusKnown && (
        <Alert
          variant="warning"
          isInline
          title={t('Disk eligibility is not known yet')}
          data-test="disks-unknown"
        >
          {t(
            'KubeVirt has not reported yet which disks can be snapshotted; it may still be computing this. Disks that turn out not to be supported are left out of the snapshot.',
          )}
          <DiskList disks={unknown} />
        </Alert>
      )}
      {statusKnown && unknown.length > 0 && (
        <Alert
          variant="warning"
          isInline
          title={t('Not known yet ({{number}})', { number: unknown.length })}
          data-test="disks-unknown"
        >
          {t('KubeVirt has not reported yet whether these disks can be snapshotted:')}
          <DiskList disks={unknown} />
        </Alert>
      )}
      {isConfigOnly(disks) && (
        <Alert
          variant="warning"
          isInline
          title={t('Only the VM configuration will be saved')}
          data-test="config-only"
        >
          {t(
            'No disk of this VM can be snapshotted. Restoring this snapshot brings back the configuration, not the data on its disks.',
          )}
        </Alert>
      )}
      {notIncluded.length > 0 && (
        <Alert
          variant="warning"
          isInline
          title={t('Not included in this snapshot ({{number}})', { number: notIncluded.length })}
          data-test="disks-not-included"
        >
          {t(
            'The data on these disks will not be in the snapshot and cannot be restored from it. A disk can be included when its storage class has a VolumeSnapshotClass; ask your cluster administrator.',
          )}
          <DiskList disks={notIncluded} />
        </Alert>
      )}
      {hotplugged.length > 0 && (
        <Alert
          variant="warning"
          isInline
          title={t('Hot-plugged disks not included ({{number}})', { number: hotplugged.length })}
          data-test="disks-hotplugged"
        >
          {/* The product documentation's own words (seeds 002, 004). */}
          {t(
            'Hot plugged disks that are not in the virtual machine specification are not included in the snapshot.',
          )}
          <DiskList disks={hotplugged} />
        </Alert>
      )}
      {included.length > 0 && (
        <ExpandableSection
          toggleText={t('Disks included in this snapshot ({{number}})', {
            number: included.length,
          })}
          isExpanded={includedOpen}
          onToggle={(_event, open) => setIncludedOpen(open)}
        >
          <DiskList disks={included} data-test="disks-included" />
        </ExpandableSection>
      )}
      {recreated.length > 0 && (
        <ExpandableSection
          toggleText={t('Recreated from the VM configuration ({{number}})', {
            number: recreated.length,
          })}
          isExpanded={recreatedOpen}
          onToggle={(_event, open) => setRecreatedOpen(open)}
        >
          {t(
            'These volumes are not copied: their contents come from the VM configuration (cloud-init, ConfigMaps, Secrets…) and are recreated on restore.',
          )}
          <DiskList disks={recreated} data-test="disks-recreated" />
        </ExpandableSection>
      )}
    </FormGroup>
  );
};
