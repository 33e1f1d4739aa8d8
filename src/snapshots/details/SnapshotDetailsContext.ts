import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { createContext, useContext } from 'react';
import type { SnapshotDetailsData } from './useSnapshotDetails';

export type LoadedSnapshotDetails = SnapshotDetailsData & {
  snapshot: V1beta1VirtualMachineSnapshot;
};

/** Hands the page's data to its tabs (HorizontalNav renders tab components without props). */
export const SnapshotDetailsContext = createContext<LoadedSnapshotDetails | undefined>(undefined);

export const useSnapshotDetailsContext = (): LoadedSnapshotDetails => {
  const data = useContext(SnapshotDetailsContext);
  if (!data) {
    throw new Error('useSnapshotDetailsContext outside SnapshotDetailsContext');
  }
  return data;
};
