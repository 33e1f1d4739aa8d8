import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import type { RestoreSourceData } from '../restores/wizard/useRestoreSourceData';
import type { VMRef } from '../scope/productLabels';
import { nonAdminAsBackup } from './nonAdminAsBackup';
import { nonAdminBackupVMs } from './nonAdminBackupVMs';
import {
  restorableNonAdminBackups,
  restorableNonAdminBackupsOf,
} from './restorableNonAdminBackups';
import { NonAdminBackupModel } from './nonAdminModels';
import type { NonAdminBackup } from './nonAdminTypes';

const noRetry = () => undefined;

/**
 * The restore wizard's source in non-admin mode, shaped as the admin one so the Source and
 * VMs sections serve both: the namespace's restorable NonAdminBackups (one watch), the VMs
 * the chosen one holds (nonAdminBackupVMs), and for a partial one Velero's error count — its
 * results are not readable without the Velero namespace. Opened for a VM: the backups holding
 * it are offered, the chosen one or else the newest is the source.
 */
export const useNonAdminRestoreSourceData = (
  namespace: string,
  chosen: string,
  forVM: VMRef | undefined,
) => {
  const { t } = usePluginTranslation();
  const nabs = useWatchList<NonAdminBackup>(NonAdminBackupModel, namespace);
  const liveVMs = useWatchList<V1VirtualMachine>(VirtualMachineModel, namespace);
  return useMemo(() => {
    const live = liveVMs.data.find((v) => v.metadata?.name === forVM?.name);
    const restorableNABs = forVM
      ? restorableNonAdminBackupsOf(nabs.data, {
          metadata: { ...forVM, labels: live?.metadata?.labels ?? { app: forVM.name } },
        })
      : restorableNonAdminBackups(nabs.data);
    const backupName = chosen || (forVM ? (restorableNABs[0]?.metadata?.name ?? '') : '');
    const nab = restorableNABs.find((n) => n.metadata?.name === backupName);
    const backup = nab ? nonAdminAsBackup(nab) : undefined;
    const errors = backup?.status?.errors ?? 0;
    const data: RestoreSourceData = {
      veleroNamespace: namespace,
      loaded: (nabs.loaded || !!nabs.error) && (liveVMs.loaded || !!liveVMs.error),
      backupsError: nabs.error,
      restorable: restorableNABs.map(nonAdminAsBackup),
      backup,
      list: { data: undefined, loading: false, error: undefined, retry: noRetry },
      results: {
        data: undefined,
        loading: false,
        error:
          backup?.status?.phase === 'PartiallyFailed'
            ? t(
                'Velero counted {{count}} error. Which VMs or disks it concerns is in the backup’s results, which only a cluster administrator can read.',
                {
                  count: errors,
                  defaultValue_other:
                    'Velero counted {{count}} errors. Which VMs or disks they concern is in the backup’s results, which only a cluster administrator can read.',
                },
              )
            : undefined,
        retry: noRetry,
      },
      vms: nab ? nonAdminBackupVMs(nab, liveVMs.data) : [],
    };
    return { data, nab, backupName, liveVMs: liveVMs.data };
  }, [nabs, liveVMs, chosen, forVM, namespace, t]);
};

export type NonAdminRestoreSourceData = ReturnType<typeof useNonAdminRestoreSourceData>;
