import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupModel } from '../k8s/models';
import type { BackupMode } from './backupMode';
import { decideBackupMode } from './backupMode';
import { NonAdminBackupModel } from './nonAdminModels';

/** The flag `console-extensions.json` sets when the NonAdminBackup API is served. */
export const NON_ADMIN_FLAG = 'VDP_NON_ADMIN';

/** Admin, non-admin (in `namespace`) or managed by the administrator: two access reviews. */
export const useBackupMode = (namespace: string): BackupMode => {
  const velero = useVeleroNamespace();
  const veleroAccess = useAccess(BackupModel, 'list', velero.namespace);
  const nonAdminApi = useFlag(NON_ADMIN_FLAG);
  const nonAdmin = useAccess(NonAdminBackupModel, 'create', namespace || undefined);
  return decideBackupMode({
    velero: { ...veleroAccess, loading: veleroAccess.loading || !velero.loaded },
    nonAdminApi,
    nonAdmin,
    namespace,
  });
};
