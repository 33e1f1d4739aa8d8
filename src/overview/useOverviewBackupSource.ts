import type { BackupMode } from '@backups/non-admin/backupMode';
import { useBackupMode } from '@backups/non-admin/useBackupMode';
import { useNonAdminBackups } from '@backups/non-admin/useNonAdminBackups';
import { useMemo } from 'react';
import type { BackupSource } from './useBackupSource';
import { useVeleroBackupSource } from './useBackupSource';

const NONE: never[] = [];

/**
 * The overview's backups: Velero's when the user may read its namespace; a namespace user's
 * NonAdminBackups (shaped as Backups) when OADP's non-admin mode serves them — no schedules
 * there, the non-admin controller has none; else unknown.
 */
export const useOverviewBackupSource = (
  namespace: string | undefined,
): { source: BackupSource; mode: BackupMode } => {
  const velero = useVeleroBackupSource();
  const mode = useBackupMode(namespace ?? '');
  const ns = mode.kind === 'non-admin' ? mode.namespace : undefined;
  const nabs = useNonAdminBackups(ns);
  const source = useMemo((): BackupSource => {
    if (mode.kind === 'loading') return { ...velero, loaded: false };
    if (!ns) return velero;
    return {
      backups: nabs.error ? undefined : nabs.backups,
      schedules: NONE,
      restores: NONE,
      loaded: nabs.loaded,
      namespace: ns,
    };
  }, [mode.kind, ns, velero, nabs]);
  return { source, mode };
};
