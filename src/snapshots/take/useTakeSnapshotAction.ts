import { useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useCallback, useMemo } from 'react';
import { LazyTakeSnapshotModal } from '../lazyModals';

export type TakeSnapshotAction = {
  /** Why the user cannot take a snapshot now; undefined when they can. */
  disabledReason?: string;
  /** The permission check has not answered yet. */
  loading: boolean;
  launch: () => void;
};

/** Everything a Take snapshot entry point (button, menu action) needs. */
export const useTakeSnapshotAction = (vm: V1VirtualMachine): TakeSnapshotAction => {
  const { t } = usePluginTranslation();
  const launchOverlay = useOverlay();
  const namespace = vm.metadata?.namespace;
  const { allowed, loading } = useAccess(VirtualMachineSnapshotModel, 'create', namespace);
  const restore = vm.status?.restoreInProgress;

  const launch = useCallback(
    () => launchOverlay(LazyTakeSnapshotModal, { vm }),
    [launchOverlay, vm],
  );

  return useMemo(() => {
    let disabledReason: string | undefined;
    if (!loading && !allowed) {
      disabledReason = t(
        'You do not have permission to create VirtualMachineSnapshots in namespace {{namespace}}.',
        { namespace },
      );
    } else if (restore) {
      disabledReason = t(
        'Restore {{restore}} of this VM is in progress. Wait until it completes.',
        {
          restore,
        },
      );
    }
    return { disabledReason, loading, launch };
  }, [allowed, launch, loading, namespace, restore, t]);
};
