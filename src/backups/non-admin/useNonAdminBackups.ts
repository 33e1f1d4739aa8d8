import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import type { VeleroBackup } from '../k8s/types';
import { nonAdminAsBackup } from './nonAdminAsBackup';
import { NonAdminBackupModel } from './nonAdminModels';
import type { NonAdminBackup } from './nonAdminTypes';

/** A namespace's NonAdminBackups as Backups (one watch), for the overview in non-admin mode. */
export const useNonAdminBackups = (
  namespace: string | undefined,
): { backups: VeleroBackup[]; loaded: boolean; error?: Error } => {
  const nabs = useWatchList<NonAdminBackup>(NonAdminBackupModel, namespace);
  return useMemo(
    () => ({
      backups: nabs.data.map(nonAdminAsBackup),
      loaded: nabs.loaded || !!nabs.error,
      ...(nabs.error ? { error: nabs.error } : {}),
    }),
    [nabs],
  );
};
