import { useWatchList, useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { deleteRequestsOf } from '../delete/buildDeleteBackupRequest';
import {
  BackupModel,
  BackupStorageLocationModel,
  DataUploadModel,
  DeleteBackupRequestModel,
} from '../k8s/models';
import type { DataUpload, DeleteBackupRequest, VeleroBackup } from '../k8s/types';
import type { VMVolumes } from '../results/groupResultsByVM';
import type { BackupStatusInfo } from '../status/backupStatus';
import { getBackupStatus } from '../status/backupStatus';
import { vmVolumesOf } from './vmClaims';

export type StorageLocation = {
  metadata?: { name?: string };
  status?: { phase?: string; message?: string };
};

export type BackupDetailsData = {
  name: string;
  namespace: string;
  backup: VeleroBackup | undefined;
  status: BackupStatusInfo | undefined;
  loaded: boolean;
  error?: Error;
  /** This backup's DataUploads (one watch, by the velero.io/backup-name label). */
  uploads: DataUpload[];
  location?: StorageLocation;
  deleteErrors: string[];
  /** The VMs the user can see, with their claims, to map disks and errors to VMs. */
  volumes: VMVolumes[];
};

/** The one data hook of the Backup details page. */
export const useBackupDetails = (name: string, namespace: string): BackupDetailsData => {
  const backup = useWatchObject<VeleroBackup>(BackupModel, name, namespace);
  const selector = useMemo(() => ({ matchLabels: { 'velero.io/backup-name': name } }), [name]);
  const uploads = useWatchList<DataUpload>(DataUploadModel, namespace, selector);
  const deletes = useWatchList<DeleteBackupRequest>(DeleteBackupRequestModel, namespace);
  const locations = useWatchList<StorageLocation>(BackupStorageLocationModel, namespace);
  const vms = useWatchList<V1VirtualMachine>(VirtualMachineModel, '');
  const deletion = useMemo(() => deleteRequestsOf(name, deletes.data), [name, deletes.data]);
  const volumes = useMemo(() => vmVolumesOf(vms.error ? [] : vms.data), [vms.data, vms.error]);
  const locationName = backup.data?.spec?.storageLocation;
  return {
    name,
    namespace,
    backup: backup.data,
    status: backup.data ? getBackupStatus(backup.data, deletion.pending) : undefined,
    loaded: backup.loaded || !!backup.error,
    ...(backup.error ? { error: backup.error } : {}),
    uploads: uploads.data,
    location: locations.data.find((l) => l.metadata?.name === locationName),
    deleteErrors: deletion.errors,
    volumes,
  };
};
