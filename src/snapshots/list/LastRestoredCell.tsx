import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { StatusDisplay } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { SnapshotRow } from '../hooks/useVMSnapshots';

type LastRestoredCellProps = { row: SnapshotRow; restoresError?: Error };

/** The last completed restore into this VM, plus "Restoring…" while one runs. */
export const LastRestoredCell = ({ row, restoresError }: LastRestoredCellProps) => {
  const { t } = usePluginTranslation();
  let last;
  if (restoresError) {
    last = (
      <StatusDisplay
        tone="unknown"
        label={t('Unknown')}
        detail={t('Restores could not be listed: {{message}}', { message: restoresError.message })}
      />
    );
  } else {
    last = row.lastRestored ? (
      <Timestamp timestamp={row.lastRestored} />
    ) : (
      <span>{t('Never')}</span>
    );
  }
  return (
    <>
      {last}
      {row.restoring && (
        <div data-test="restoring">
          <StatusDisplay tone="progress" label={t('Restoring…')} />
        </div>
      )}
    </>
  );
};
