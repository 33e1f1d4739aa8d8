import { useWatchList } from '@shared/hooks/useWatch';
import type { WatchResult } from '@shared/hooks/useWatch';
import { VirtualMachineRestoreModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';

/** Every VirtualMachineRestore in the namespace: one watch shared by all callers. */
export const useNamespaceRestores = (
  namespace: string | undefined,
): WatchResult<V1beta1VirtualMachineRestore[]> =>
  useWatchList<V1beta1VirtualMachineRestore>(VirtualMachineRestoreModel, namespace);
