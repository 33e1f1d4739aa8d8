import { Label, Progress, ProgressMeasureLocation, ProgressSize } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { formatBytes } from '../list/formatBytes';
import { isUploadStuck, percent } from '../progress/uploadProgress';
import type { DiskMethod, DiskRow } from './vmDiskRows';

const useMethodText = (): Record<DiskMethod, string> => {
  const { t } = usePluginTranslation();
  return {
    'data-mover': t('CSI snapshot + data mover'),
    'csi-snapshot': t('CSI snapshot'),
    'fs-backup': t('File-system backup'),
    'native-snapshot': t('Volume snapshot'),
    skipped: t('Not backed up'),
    unknown: t('Not known yet'),
  };
};

/** One VM's disks: method, upload phase and bytes, node, and why a disk was skipped. */
export const DiskTable = ({ vm, disks }: { vm: string; disks: DiskRow[] }) => {
  const { t } = usePluginTranslation();
  const methods = useMethodText();
  const now = useNow(10_000);
  return (
    <Table aria-label={t('Disks of {{vm}}', { vm })} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Disk (PVC)')}</Th>
          <Th>{t('Method')}</Th>
          <Th>{t('Upload')}</Th>
          <Th>{t('Node')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {disks.map((disk) => {
          const progress = disk.upload?.status?.progress;
          const bytes =
            progress?.totalBytes !== undefined
              ? {
                  done:
                    disk.upload?.status?.phase === 'Completed'
                      ? progress.totalBytes
                      : (progress.bytesDone ?? 0),
                  total: progress.totalBytes,
                }
              : undefined;
          return (
            <Tr key={disk.pvc} data-test={`disk-${disk.pvc}`}>
              <Td dataLabel={t('Disk (PVC)')}>{disk.pvc}</Td>
              <Td dataLabel={t('Method')}>
                {methods[disk.method]}
                {disk.skippedReason && (
                  <div className="pf-v6-u-font-size-sm">{disk.skippedReason}</div>
                )}
              </Td>
              <Td dataLabel={t('Upload')}>
                {disk.upload ? (
                  <>
                    <Label isCompact>{disk.upload.status?.phase ?? t('New')}</Label>
                    {bytes && bytes.total > 0 && (
                      <Progress
                        size={ProgressSize.sm}
                        value={percent(bytes) ?? 0}
                        measureLocation={ProgressMeasureLocation.outside}
                        title={t('{{done}} of {{total}}', {
                          done: formatBytes(bytes.done),
                          total: formatBytes(bytes.total),
                        })}
                        aria-label={t('Upload of {{disk}}', { disk: disk.pvc })}
                      />
                    )}
                    {isUploadStuck(disk.upload, now) && (
                      <div className="pf-v6-u-font-size-sm" data-test="upload-stuck">
                        {t(
                          'Waiting for a node agent for over 5 minutes: check that the DPA enables the node agent and that its pods run.',
                        )}
                      </div>
                    )}
                    {disk.upload.status?.message && (
                      <div className="pf-v6-u-font-size-sm">{disk.upload.status.message}</div>
                    )}
                  </>
                ) : (
                  '-'
                )}
              </Td>
              <Td dataLabel={t('Node')}>{disk.upload?.status?.node ?? '-'}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
