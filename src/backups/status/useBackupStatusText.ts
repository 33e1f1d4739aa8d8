import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { BackupState } from './backupStatus';

export type BackupStateText = { label: string; meaning: string };

/** The words for each backup state, and what it means (research/oadp-velero.md §2.1). */
export const useBackupStatusText = (): Record<BackupState, BackupStateText> => {
  const { t } = usePluginTranslation();
  return {
    New: { label: t('New'), meaning: t('Created; Velero has not started it yet.') },
    Queued: { label: t('Queued'), meaning: t('Waiting for other backups to finish.') },
    ReadyToStart: { label: t('Starting'), meaning: t('Leaving the queue; it starts next.') },
    FailedValidation: {
      label: t('Failed validation'),
      meaning: t('Velero refused the backup before starting it; nothing was saved.'),
    },
    InProgress: {
      label: t('In progress'),
      meaning: t('Velero is collecting the VMs and their objects.'),
    },
    WaitingForPluginOperations: {
      label: t('Uploading'),
      meaning: t('Objects are saved; disk snapshots or uploads are still running.'),
    },
    WaitingForPluginOperationsPartiallyFailed: {
      label: t('Uploading, with errors'),
      meaning: t('Disk snapshots or uploads are still running; some items already failed.'),
    },
    Finalizing: {
      label: t('Finalizing'),
      meaning: t('Uploads are done; Velero is writing the final state.'),
    },
    FinalizingPartiallyFailed: {
      label: t('Finalizing, with errors'),
      meaning: t('Velero is writing the final state; the backup will be partial.'),
    },
    Completed: { label: t('Completed'), meaning: t('Everything in the backup’s scope was saved.') },
    PartiallyFailed: {
      label: t('Partially failed'),
      meaning: t('Saved, but some items or disks failed: see why before relying on it.'),
    },
    Failed: { label: t('Failed'), meaning: t('The backup did not finish and cannot be restored.') },
    Deleting: {
      label: t('Deleting'),
      meaning: t('The backup and its data in object storage are being deleted.'),
    },
    Unknown: { label: t('Unknown'), meaning: t('A phase this console does not know.') },
  };
};
