import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import type { NonAdminBackupRow } from './nonAdminBackupRows';
import { nonAdminBackupRows } from './nonAdminBackupRows';
import { NonAdminBackupModel } from './nonAdminModels';
import type { NonAdminBackup } from './nonAdminTypes';

export type NamespaceNonAdminBackups = {
  rows: NonAdminBackupRow[];
  loaded: boolean;
  error?: Error;
};

/** A namespace's NonAdminBackups as rows, newest first: one watch (none while undefined). */
export const useNamespaceNonAdminBackups = (
  namespace: string | undefined,
): NamespaceNonAdminBackups => {
  const nabs = useWatchList<NonAdminBackup>(NonAdminBackupModel, namespace);
  return useMemo(
    () => ({
      rows: nonAdminBackupRows(nabs.data),
      loaded: nabs.loaded || !!nabs.error,
      ...(nabs.error ? { error: nabs.error } : {}),
    }),
    [nabs],
  );
};
