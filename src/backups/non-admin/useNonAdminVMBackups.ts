import { useWatchList } from '@shared/hooks/useWatch';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { nonAdminBackupRowsOfVM } from './nonAdminBackupRows';
import type { NonAdminBackupRow } from './nonAdminBackupRows';
import { NonAdminBackupModel, NonAdminRestoreModel } from './nonAdminModels';
import type { NonAdminBackup, NonAdminRestore } from './nonAdminTypes';

export type NonAdminVMBackups = {
  rows: NonAdminBackupRow[];
  /** The namespace's NonAdminRestores of those backups, newest first. */
  restores: NonAdminRestore[];
  loaded: boolean;
  error?: Error;
};

/** One watch per kind in the VM's namespace: its NonAdminBackups and NonAdminRestores. */
export const useNonAdminVMBackups = (vm: V1VirtualMachine): NonAdminVMBackups => {
  const ns = vm.metadata?.namespace;
  const nabs = useWatchList<NonAdminBackup>(NonAdminBackupModel, ns);
  const nars = useWatchList<NonAdminRestore>(NonAdminRestoreModel, ns);
  return useMemo(() => {
    const rows = nonAdminBackupRowsOfVM(nabs.data, vm);
    const names = new Set(rows.map((r) => r.name));
    const restores = nars.data
      .filter((r) => names.has(r.spec?.restoreSpec?.backupName ?? ''))
      .sort((a, b) =>
        (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''),
      );
    return {
      rows,
      restores,
      loaded: nabs.loaded || !!nabs.error,
      ...(nabs.error ? { error: nabs.error } : {}),
    };
  }, [nabs, nars, vm]);
};
