import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { DataUpload } from '../k8s/types';
import { formatBytes } from '../list/formatBytes';

/** This VM's disks in a running data-mover backup: phase and bytes of each upload. */
export const DiskUploads = ({
  uploads,
  namespace,
  claims,
}: {
  uploads: DataUpload[];
  namespace: string | undefined;
  claims: string[];
}) => {
  const { t } = usePluginTranslation();
  const mine = uploads.filter(
    (u) => u.spec?.sourceNamespace === namespace && claims.includes(u.spec?.sourcePVC ?? ''),
  );
  if (mine.length === 0) return null;
  return (
    <ul className="pf-v6-u-font-size-sm" data-test="disk-uploads">
      {mine.map((u) => (
        <li key={u.metadata?.name}>
          {t('{{disk}}: {{phase}}, {{done}} of {{total}}', {
            disk: u.spec?.sourcePVC,
            phase: u.status?.phase ?? t('New'),
            done: formatBytes(u.status?.progress?.bytesDone ?? 0),
            total: formatBytes(u.status?.progress?.totalBytes ?? 0),
          })}
        </li>
      ))}
    </ul>
  );
};
