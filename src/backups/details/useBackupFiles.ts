import type { BackupFile } from '../backend/backupFiles';
import { backupFileURL } from '../backend/backupFiles';
import type { BackendFile } from '../hooks/useBackendFile';
import { useBackendJSON } from '../hooks/useBackendFile';
import type { BackupResults } from '../k8s/types';
import { BACKUP_STATES } from '../status/backupStatus';
import { useBackupDetailsContext } from './BackupDetailsContext';
import type { ResourceList } from './resourceList';
import type { VolumeInfo } from './vmDiskRows';

/** Velero writes its files when the initial phase ends; before that there is nothing to read. */
const FILES_FROM = new Set(
  BACKUP_STATES.slice(BACKUP_STATES.indexOf('WaitingForPluginOperations')).filter(
    (state) => state !== 'Deleting' && state !== 'Unknown',
  ),
);

const useFile = <T>(file: BackupFile): BackendFile<T> & { available: boolean } => {
  const { backup, namespace, name } = useBackupDetailsContext();
  const available = (FILES_FROM as Set<string>).has(backup.status?.phase ?? '');
  // Re-read once the phase moves on (volume infos are rewritten at finalize).
  const url = available
    ? `${backupFileURL(namespace, name, file)}?phase=${backup.status?.phase ?? ''}`
    : undefined;
  return { ...useBackendJSON<T>(url), available };
};

export const useBackupResults = () => useFile<BackupResults>('results');
export const useBackupResourceList = () => useFile<ResourceList>('resource-list');
export const useBackupVolumeInfos = () => useFile<VolumeInfo[]>('volume-infos');
