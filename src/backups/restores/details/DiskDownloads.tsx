import { List, ListItem, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import { DataDownloadModel } from '../../k8s/models';
import type { DataDownload } from '../../k8s/types';
import { BytesProgress } from '../../progress/BytesProgress';

/** Velero labels each DataDownload with its Restore's UID (the name label may be hashed). */
const RESTORE_UID_LABEL = 'velero.io/restore-uid';

const diskOf = (d: DataDownload) =>
  `${d.spec?.targetVolume?.namespace ?? ''}/${d.spec?.targetVolume?.pvc ?? ''}`;

/**
 * Per disk of a data-mover restore, its DataDownload: phase and a bar of the bytes written
 * (research/oadp-velero.md §2.7). A CSI-snapshot restore has none, and shows nothing.
 */
export const DiskDownloads = ({ namespace, uid }: { namespace: string; uid: string }) => {
  const { t } = usePluginTranslation();
  const selector = useMemo(() => ({ matchLabels: { [RESTORE_UID_LABEL]: uid } }), [uid]);
  const downloads = useWatchList<DataDownload>(DataDownloadModel, namespace, selector);
  if (downloads.data.length === 0) return null;
  return (
    <>
      <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
        {t('Disk downloads')}
      </Title>
      <List isPlain data-test="restore-downloads">
        {[...downloads.data]
          .sort((a, b) => diskOf(a).localeCompare(diskOf(b)))
          .map((d) => {
            const total = d.status?.progress?.totalBytes ?? 0;
            const done =
              d.status?.phase === 'Completed' ? total : (d.status?.progress?.bytesDone ?? 0);
            return (
              <ListItem
                key={d.metadata?.name}
                data-test={`restore-download-${d.spec?.targetVolume?.pvc}`}
              >
                {t('{{disk}}: {{phase}}', {
                  disk: diskOf(d),
                  phase: d.status?.phase ?? t('New'),
                })}
                {total > 0 && (
                  <BytesProgress
                    done={done}
                    total={total}
                    label={t('Data downloaded to {{disk}}', { disk: diskOf(d) })}
                  />
                )}
              </ListItem>
            );
          })}
      </List>
    </>
  );
};
