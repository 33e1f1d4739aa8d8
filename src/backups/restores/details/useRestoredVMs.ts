import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import type { ResourceList } from '../../details/resourceList';
import { vmsInResourceList } from '../../details/resourceList';
import type { VMRef } from '../../scope/productLabels';

/** Velero labels what it restores with the restore's name (hashed past 63 characters). */
const RESTORE_NAME_LABEL = 'velero.io/restore-name';

/**
 * The VMs a restore created: from its resource list once Velero wrote it; until then the VMs
 * that carry its name label, so they show up (provisioning) while the restore still runs.
 */
export const useRestoredVMs = (name: string, list: ResourceList | undefined): VMRef[] => {
  const labelled = name.length <= 63 && !list;
  const selector = useMemo(() => ({ matchLabels: { [RESTORE_NAME_LABEL]: name } }), [name]);
  const live = useWatchList<V1VirtualMachine>(
    VirtualMachineModel,
    labelled ? '' : undefined,
    selector,
  );
  return useMemo(
    () =>
      list
        ? vmsInResourceList(list)
        : labelled
          ? live.data.map((vm) => ({
              namespace: vm.metadata?.namespace ?? '',
              name: vm.metadata?.name ?? '',
            }))
          : [],
    [list, labelled, live.data],
  );
};
