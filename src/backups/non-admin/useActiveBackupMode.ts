import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupMode } from './backupMode';
import { useBackupMode } from './useBackupMode';

/** The console's "All projects" value of the active namespace. */
const ALL_NAMESPACES = '#ALL_NS#';

/** The backup mode of a page that has no VM: in the console's active project, if one is set. */
export const useActiveBackupMode = (): BackupMode => {
  const [active] = useActiveNamespace();
  return useBackupMode(active === ALL_NAMESPACES ? '' : active);
};
