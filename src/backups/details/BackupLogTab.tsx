import { PageSection } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { backupFileURL } from '../backend/backupFiles';
import { VeleroLog } from '../logs/VeleroLog';
import { getBackupStatus } from '../status/backupStatus';
import { useBackupDetailsContext } from './BackupDetailsContext';

/** Velero's log of this backup, once its first phase has ended. */
export const BackupLogTab = () => {
  const { t } = usePluginTranslation();
  const { backup, namespace, name } = useBackupDetailsContext();
  const available =
    getBackupStatus(backup).terminal ||
    backup.status?.phase?.startsWith('WaitingFor') === true ||
    backup.status?.phase?.startsWith('Finalizing') === true;
  return (
    <PageSection>
      <VeleroLog
        url={backupFileURL(namespace, name, 'log')}
        available={available}
        pendingText={t('Velero writes this when the backup’s first phase ends.')}
        maxLines={2000}
      />
    </PageSection>
  );
};
