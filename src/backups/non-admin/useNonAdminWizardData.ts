import { useWatchList } from '@shared/hooks/useWatch';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import {
  PersistentVolumeClaimModel,
  StorageClassModel,
  VirtualMachineInstanceModel,
  VirtualMachineModel,
} from '@shared/k8s/models';
import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import { useMemo } from 'react';
import type { StorageClassObject } from '../readiness/readinessInput';
import type { BackupWizardData } from '../wizard/useBackupWizardData';
import type { PVCObject } from '../wizard/vmDisks';
import { NonAdminBackupModel, NonAdminBackupStorageLocationModel } from './nonAdminModels';
import type { NonAdminBackupStorageLocation } from './nonAdminTypes';

const names = (list: { metadata?: { name?: string } }[]) => list.map((o) => o.metadata?.name ?? '');

/**
 * What the backup wizard reads in non-admin mode: only the namespace's VMs, instances and
 * claims, its NonAdminBackups (taken names) and NonAdminBackupStorageLocations; the first
 * location choice is none, which the cluster's default location serves.
 */
export const useNonAdminWizardData = (namespace: string): BackupWizardData => {
  const { t } = usePluginTranslation();
  const vms = useWatchList<V1VirtualMachine>(VirtualMachineModel, namespace);
  const vmis = useWatchList<V1VirtualMachineInstance>(VirtualMachineInstanceModel, namespace);
  const pvcs = useWatchList<PVCObject>(PersistentVolumeClaimModel, namespace);
  const storageClasses = useWatchList<StorageClassObject>(StorageClassModel, '');
  const locations = useWatchList<NonAdminBackupStorageLocation>(
    NonAdminBackupStorageLocationModel,
    namespace,
  );
  const backups = useWatchList(NonAdminBackupModel, namespace);
  const defaultLabel = t('The cluster’s default location (set by the administrator)');
  return useMemo(
    () => ({
      veleroNamespace: namespace,
      nonAdminNamespace: namespace,
      vms: vms.data,
      vmis: vmis.data,
      pvcs: pvcs.data,
      drivers: Object.fromEntries(
        storageClasses.data.map((sc) => [sc.metadata?.name ?? '', sc.provisioner]),
      ),
      locations: [
        { name: '', label: defaultLabel, available: true },
        ...locations.data.map((l) => ({
          name: l.metadata?.name ?? '',
          available: l.status?.phase === 'Created',
          message: l.status?.phase ?? '',
        })),
      ],
      backupNames: names(backups.data),
      scheduleNames: [],
      loaded: (vms.loaded || !!vms.error) && (backups.loaded || !!backups.error),
      vmsError: vms.error,
    }),
    [namespace, vms, vmis, pvcs, storageClasses, locations, backups, defaultLabel],
  );
};
