import type { BackupFile } from '../backend/backupFiles';
import { backupFileURL } from '../backend/backupFiles';
import type { BackendFile } from '../hooks/useBackendFile';
import { useBackendJSON } from '../hooks/useBackendFile';
import type { BackupResults } from '../k8s/types';
import { useBackupDetailsContext } from './BackupDetailsContext';
import type { ResourceList } from './resourceList';
import type { VolumeInfo } from './vmDiskRows';

/** Velero writes its files when the initial phase ends; before that there is nothing to read. */
const FILES_FROM = new Set([
  'WaitingForPluginOperations',
  'WaitingForPluginOperationsPartiallyFailed',
  'Finalizing',
  'FinalizingPartiallyFailed',
  'Completed',
  'PartiallyFailed',
  'Failed',
]);

const useFile = <T>(file: BackupFile): BackendFile<T> & { available: boolean } => {
  const { backup, namespace, name } = useBackupDetailsContext();
  const available = FILES_FROM.has(backup.status?.phase ?? '');
  // Re-read once the phase moves on (volume infos are rewritten at finalize).
  const url = available
    ? `${backupFileURL(namespace, name, file)}?phase=${backup.status?.phase ?? ''}`
    : undefined;
  return { ...useBackendJSON<T>(url), available };
};

export const useBackupResults = () => useFile<BackupResults>('results');
export const useBackupResourceList = () => useFile<ResourceList>('resource-list');
export const useBackupVolumeInfos = () => useFile<VolumeInfo[]>('volume-infos');
