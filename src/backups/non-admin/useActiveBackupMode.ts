import { useActiveProject } from '@shared/hooks/useActiveProject';
import type { BackupMode } from './backupMode';
import { useBackupMode } from './useBackupMode';

/** The backup mode of a page that has no VM: in the console's active project, if one is set. */
export const useActiveBackupMode = (): BackupMode => {
  const active = useActiveProject();
  return useBackupMode(active);
};
