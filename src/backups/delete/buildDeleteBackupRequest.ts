import { apiVersionOf } from '@shared/k8s/models';
import { DeleteBackupRequestModel } from '../k8s/models';
import type { DeleteBackupRequest, VeleroBackup } from '../k8s/types';

/**
 * Deleting a backup with its data is a DeleteBackupRequest, built as the Velero CLI builds it
 * (research/oadp-velero.md §2.5): never a DELETE of the Backup, which removes only the object
 * (object-storage sync would bring it back, and the data stays).
 */
export const buildDeleteBackupRequest = (backup: VeleroBackup): DeleteBackupRequest => {
  const name = backup.metadata?.name ?? '';
  return {
    apiVersion: apiVersionOf(DeleteBackupRequestModel),
    kind: DeleteBackupRequestModel.kind,
    metadata: {
      // generateName is cut so the generated name (5 more characters) stays within 253.
      generateName: `${name.slice(0, 240)}-`,
      namespace: backup.metadata?.namespace,
      labels: {
        'velero.io/backup-name': name.length <= 63 ? name : name.slice(0, 63),
        'velero.io/backup-uid': backup.metadata?.uid ?? '',
      },
    },
    spec: { backupName: name },
  };
};

/** The requests still working on a backup (not yet Processed), and the errors of finished ones. */
export const deleteRequestsOf = (
  backupName: string,
  requests: DeleteBackupRequest[],
): { pending: boolean; errors: string[] } => {
  const mine = requests.filter((r) => r.spec?.backupName === backupName);
  return {
    pending: mine.some((r) => r.status?.phase !== 'Processed'),
    errors: mine.flatMap((r) => r.status?.errors ?? []),
  };
};
