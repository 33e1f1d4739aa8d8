import type { VeleroBackup } from '../k8s/types';
import type { NonAdminBackup } from './nonAdminTypes';

/**
 * A NonAdminBackup seen as the Velero Backup it stands for, for pages that reason about
 * Backups (the overview's coverage): its own name, namespace and labels (our product labels
 * are on the NAB), the mirrored spec and status, and the namespace the controller forces.
 */
export const nonAdminAsBackup = (nab: NonAdminBackup): VeleroBackup => {
  const namespace = nab.metadata?.namespace ?? '';
  const mirrored = nab.status?.veleroBackup;
  return {
    apiVersion: nab.apiVersion,
    kind: nab.kind,
    metadata: nab.metadata,
    spec: {
      ...(mirrored?.spec ?? nab.spec?.backupSpec ?? {}),
      includedNamespaces: [namespace],
    },
    status: {
      ...(nab.status?.phase === 'BackingOff' ? { phase: 'FailedValidation' } : {}),
      ...(mirrored?.status ?? {}),
    },
  };
};
