import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import { NonAdminRestoreModel } from './nonAdminModels';
import type { NonAdminRestore } from './nonAdminTypes';

export type NamespaceNonAdminRestores = {
  restores: NonAdminRestore[];
  loaded: boolean;
  error?: Error;
};

/** A namespace's NonAdminRestores, newest first: one watch (none while undefined). */
export const useNamespaceNonAdminRestores = (
  namespace: string | undefined,
): NamespaceNonAdminRestores => {
  const nars = useWatchList<NonAdminRestore>(NonAdminRestoreModel, namespace);
  return useMemo(
    () => ({
      restores: [...nars.data].sort((a, b) =>
        (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''),
      ),
      loaded: nars.loaded || !!nars.error,
      ...(nars.error ? { error: nars.error } : {}),
    }),
    [nars],
  );
};
