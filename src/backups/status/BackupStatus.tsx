import { Tooltip } from '@patternfly/react-core';
import { StatusDisplay } from '@shared/components/StatusDisplay';
import type { BackupStatusInfo } from './backupStatus';
import { useBackupStatusText } from './useBackupStatusText';

/** A backup's state with its meaning on hover and focus, and the reason under it. */
export const BackupStatus = ({ status }: { status: BackupStatusInfo }) => {
  const text = useBackupStatusText()[status.state];
  return (
    <Tooltip content={text.meaning}>
      <span tabIndex={0} data-test="backup-status">
        <StatusDisplay tone={status.tone} label={text.label} detail={status.detail} />
      </span>
    </Tooltip>
  );
};
