import { Tooltip } from '@patternfly/react-core';
import { StatusDisplay } from '@shared/components/StatusDisplay';
import type { BackupStatusInfo } from './backupStatus';
import { useBackupStatusText } from './useBackupStatusText';

/** Past this, a table cell shows the reason cut, and the whole of it on hover and focus. */
export const SHORT_DETAIL_CHARS = 120;

const shorten = (detail: string | undefined) =>
  detail && detail.length > SHORT_DETAIL_CHARS
    ? `${detail.slice(0, SHORT_DETAIL_CHARS).trimEnd()}…`
    : detail;

/**
 * A backup's state with its meaning on hover and focus, and the reason under it. `short` (table
 * cells): a long reason (Velero's rpc errors run to 300 characters) would squeeze the other
 * columns, so it is cut there and shown whole in the tooltip.
 */
export const BackupStatus = ({ status, short }: { status: BackupStatusInfo; short?: boolean }) => {
  const text = useBackupStatusText()[status.state];
  const detail = short ? shorten(status.detail) : status.detail;
  const cut = detail !== status.detail;
  return (
    <Tooltip
      content={
        cut ? (
          <>
            <div>{text.meaning}</div>
            <div>{status.detail}</div>
          </>
        ) : (
          text.meaning
        )
      }
    >
      <span tabIndex={0} data-test="backup-status">
        <StatusDisplay tone={status.tone} label={text.label} {...(detail ? { detail } : {})} />
      </span>
    </Tooltip>
  );
};
