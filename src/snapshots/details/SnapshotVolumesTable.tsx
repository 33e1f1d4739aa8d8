import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';
import { snapshotVolumeRows } from './volumeRows';

/** Included and excluded volumes, and why each exclusion happened. */
export const SnapshotVolumesTable = () => {
  const { t } = usePluginTranslation();
  const { snapshot, content, source } = useSnapshotDetailsContext();
  const rows = snapshotVolumeRows(snapshot, content.data, source.vm);
  if (!rows.length) {
    return <p data-test="no-volumes">{t('The snapshot has not reported its volumes yet.')}</p>;
  }
  const reasonText = (reason?: string) =>
    reason === 'claimNotBackedUp'
      ? t(
          'Its PVC could not be snapshotted (for example unbound, or no VolumeSnapshotClass for its storage class).',
        )
      : reason === 'unsupportedSource'
        ? t('This kind of volume cannot be snapshotted.')
        : '';
  return (
    <Table aria-label={t('Volumes')} variant="compact" data-test="snapshot-volumes">
      <Thead>
        <Tr>
          <Th>{t('Volume')}</Th>
          <Th>{t('In snapshot')}</Th>
          <Th>{t('Source')}</Th>
          <Th>{t('Reason')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.name} data-test={`volume-${row.name}`}>
            <Td dataLabel={t('Volume')}>{row.name}</Td>
            <Td dataLabel={t('In snapshot')}>
              {row.included ? (
                <Label isCompact status="success">
                  {t('Included')}
                </Label>
              ) : (
                <Label isCompact status="warning">
                  {t('Excluded')}
                </Label>
              )}
            </Td>
            <Td dataLabel={t('Source')}>
              {[row.source, row.claim].filter(Boolean).join(': ') || '-'}
            </Td>
            <Td dataLabel={t('Reason')}>
              {[reasonText(row.reason), row.detail].filter(Boolean).join(' ') || '-'}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
