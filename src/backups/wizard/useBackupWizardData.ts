import { useWatchList } from '@shared/hooks/useWatch';
import {
  PersistentVolumeClaimModel,
  StorageClassModel,
  VirtualMachineInstanceModel,
  VirtualMachineModel,
} from '@shared/k8s/models';
import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import { useMemo } from 'react';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupModel, BackupStorageLocationModel, ScheduleModel } from '../k8s/models';
import type { LocationObject, StorageClassObject } from '../readiness/readinessInput';
import { locationsInput } from '../readiness/readinessInput';
import type { LocationOption } from './wizardProblems';
import type { PVCObject } from './vmDisks';

export type BackupWizardData = {
  veleroNamespace: string;
  /** Set in non-admin mode: a NonAdminBackup in this namespace (src/backups/non-admin). */
  nonAdminNamespace?: string;
  vms: V1VirtualMachine[];
  vmis: V1VirtualMachineInstance[];
  pvcs: PVCObject[];
  drivers: Record<string, string | undefined>;
  /** Default first, then by name; unavailable ones carry their message. */
  locations: LocationOption[];
  backupNames: string[];
  scheduleNames: string[];
  loaded: boolean;
  vmsError?: Error;
};

const names = (list: { metadata?: { name?: string } }[]) => list.map((o) => o.metadata?.name ?? '');

/** What the wizard reads, one watch per kind: VMs, their instances and claims across namespaces. */
export const useBackupWizardData = (): BackupWizardData => {
  const velero = useVeleroNamespace();
  const ns = velero.loaded ? velero.namespace : undefined;
  const vms = useWatchList<V1VirtualMachine>(VirtualMachineModel, '');
  const vmis = useWatchList<V1VirtualMachineInstance>(VirtualMachineInstanceModel, '');
  const pvcs = useWatchList<PVCObject>(PersistentVolumeClaimModel, '');
  const storageClasses = useWatchList<StorageClassObject>(StorageClassModel, '');
  const locations = useWatchList<LocationObject>(BackupStorageLocationModel, ns);
  const backups = useWatchList(BackupModel, ns);
  const schedules = useWatchList(ScheduleModel, ns);
  return useMemo(
    () => ({
      veleroNamespace: velero.namespace,
      vms: vms.data,
      vmis: vmis.data,
      pvcs: pvcs.data,
      drivers: Object.fromEntries(
        storageClasses.data.map((sc) => [sc.metadata?.name ?? '', sc.provisioner]),
      ),
      locations: locationsInput(locations.data).map((l) => ({
        name: l.name,
        available: l.phase === 'Available',
        message: l.message ?? l.phase,
      })),
      backupNames: names(backups.data),
      scheduleNames: names(schedules.data),
      loaded: (vms.loaded || !!vms.error) && (locations.loaded || !!locations.error),
      vmsError: vms.error,
    }),
    [velero.namespace, vms, vmis, pvcs, storageClasses, locations, backups, schedules],
  );
};
