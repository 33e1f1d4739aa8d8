import type { ArchivedVMs } from '../../backend/archivedVMs';
import { backupFileURL } from '../../backend/backupFiles';
import type { BackendFile } from '../../hooks/useBackendFile';
import { useBackendJSON } from '../../hooks/useBackendFile';

/**
 * The VMs archived in a backup, with the labels, UID and claims they had then, through the
 * backend (it reads the backup's contents). The restore selects VMs by these, never by the
 * live VMs' labels, which may have changed or be gone.
 */
export const useArchivedVMs = (
  veleroNamespace: string,
  backupName: string | undefined,
): BackendFile<ArchivedVMs> =>
  useBackendJSON<ArchivedVMs>(
    backupName ? backupFileURL(veleroNamespace, backupName, 'virtual-machines') : undefined,
  );
