import { useWatchList } from '@shared/hooks/useWatch';
import { useMemo } from 'react';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { DataProtectionApplicationModel } from '../k8s/models';
import type { NamespaceReadiness, NonAdminDPA } from './namespaceReadiness';
import { namespaceReadiness } from './namespaceReadiness';
import { NonAdminBackupStorageLocationModel } from './nonAdminModels';
import type { NonAdminBackupStorageLocation } from './nonAdminTypes';

export type NamespaceReadinessData = NamespaceReadiness & {
  namespace?: string;
  veleroNamespace: string;
  /** The namespace's locations are still loading (not "could not be read"). */
  locationsLoading: boolean;
};

/** The namespace's NonAdminBackupStorageLocations and, where readable, the DPAs: one watch each. */
export const useNamespaceReadiness = (namespace: string | undefined): NamespaceReadinessData => {
  const velero = useVeleroNamespace();
  const locations = useWatchList<NonAdminBackupStorageLocation>(
    NonAdminBackupStorageLocationModel,
    namespace,
  );
  // In the Velero namespace: an administrator may grant reading it there, never cluster-wide.
  const dpas = useWatchList<NonAdminDPA>(
    DataProtectionApplicationModel,
    velero.loaded ? velero.namespace : undefined,
  );
  return useMemo(
    () => ({
      ...(namespace !== undefined ? { namespace } : {}),
      veleroNamespace: velero.namespace,
      locationsLoading: namespace !== undefined && !locations.loaded && !locations.error,
      ...namespaceReadiness({
        locations: locations.loaded && !locations.error ? locations.data : undefined,
        dpas: dpas.loaded && !dpas.error ? dpas.data : undefined,
      }),
    }),
    [
      namespace,
      velero.namespace,
      locations.data,
      locations.loaded,
      locations.error,
      dpas.data,
      dpas.loaded,
      dpas.error,
    ],
  );
};
