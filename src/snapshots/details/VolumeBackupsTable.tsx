import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { StatusDisplay } from '@shared/components/StatusDisplay';
import type { StatusTone } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import {
  PersistentVolumeClaimModel,
  VolumeSnapshotModel,
  toGroupVersionKind,
} from '@shared/k8s/models';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { VolumeBackupRow } from './volumeRows';

const TONE: Record<VolumeBackupRow['ready'], StatusTone> = {
  ready: 'success',
  notReady: 'warning',
  missing: 'danger',
  unknown: 'unknown',
};

const linkOrDash = (model: K8sModel, name: string | undefined, namespace: string) =>
  name ? (
    <ResourceLink groupVersionKind={toGroupVersionKind(model)} name={name} namespace={namespace} />
  ) : (
    '-'
  );

type VolumeBackupsTableProps = { rows: VolumeBackupRow[]; namespace: string };

/** One line per disk captured in the content: its PVC and the VolumeSnapshot holding the data. */
export const VolumeBackupsTable = ({ rows, namespace }: VolumeBackupsTableProps) => {
  const { t } = usePluginTranslation();
  const readyLabel: Record<VolumeBackupRow['ready'], string> = {
    ready: t('Ready'),
    notReady: t('Not ready'),
    missing: t('Missing'),
    unknown: t('Unknown'),
  };
  if (!rows.length) {
    return (
      <p data-test="no-volume-backups">{t('No disk data: only the VM configuration is saved.')}</p>
    );
  }
  return (
    <Table aria-label={t('Volume backups')} variant="compact" data-test="volume-backups">
      <Thead>
        <Tr>
          <Th>{t('Volume')}</Th>
          <Th>{t('PVC')}</Th>
          <Th>{t('Size')}</Th>
          <Th>{t('Storage class')}</Th>
          <Th>{t('VolumeSnapshot')}</Th>
          <Th>{t('Ready')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.volume} data-test={`backup-${row.volume}`}>
            <Td dataLabel={t('Volume')}>{row.volume}</Td>
            <Td dataLabel={t('PVC')}>
              {linkOrDash(PersistentVolumeClaimModel, row.pvc, namespace)}
            </Td>
            <Td dataLabel={t('Size')}>{row.size ?? '-'}</Td>
            <Td dataLabel={t('Storage class')}>{row.storageClass ?? '-'}</Td>
            <Td dataLabel={t('VolumeSnapshot')}>
              {linkOrDash(VolumeSnapshotModel, row.volumeSnapshot, namespace)}
            </Td>
            <Td dataLabel={t('Ready')}>
              <StatusDisplay
                tone={TONE[row.ready]}
                label={readyLabel[row.ready]}
                detail={row.error}
              />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
