import { useWatchList } from '@shared/hooks/useWatch';
import { isForbidden } from '@shared/k8s/errorMessage';
import { useMemo } from 'react';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { RestoreModel } from '../../k8s/models';
import type { VeleroRestore } from '../build/restoreTypes';
import type { RestoreRow } from './restoreRows';
import { restoreRow } from './restoreRows';

export type RestoresListData = {
  namespace: string;
  rows: RestoreRow[];
  loaded: boolean;
  error?: Error;
  /** The user may not read the Velero namespace: say who manages restores, not the 403. */
  forbidden: boolean;
};

/** The Velero namespace's Restores, newest first: one watch. */
export const useRestoresList = (now: number): RestoresListData => {
  const velero = useVeleroNamespace();
  const restores = useWatchList<VeleroRestore>(
    RestoreModel,
    velero.loaded ? velero.namespace : undefined,
  );
  const forbidden = isForbidden(restores.error);
  return useMemo(
    () => ({
      namespace: velero.namespace,
      rows: restores.data
        .map((r) => restoreRow(r, now))
        .sort((a, b) => (b.started ?? '').localeCompare(a.started ?? '')),
      loaded: restores.loaded || !!restores.error,
      ...(restores.error && !forbidden ? { error: restores.error } : {}),
      forbidden,
    }),
    [velero.namespace, restores, now, forbidden],
  );
};
