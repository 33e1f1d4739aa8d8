import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import { isForbidden } from '@shared/k8s/errorMessage';
import { VirtualMachineModel } from '@shared/k8s/models';
import { useMemo } from 'react';
import { BackupModel, DataUploadModel, DeleteBackupRequestModel } from '../k8s/models';
import type { DataUpload, DeleteBackupRequest, VeleroBackup } from '../k8s/types';
import type { BackupRow } from '../list/backupRows';
import { backupRows } from '../list/backupRows';
import { useVeleroNamespace } from './useVeleroNamespace';

export type BackupsAccess = 'ok' | 'not-installed' | 'forbidden';

export type BackupsListData = {
  namespace: string;
  rows: BackupRow[];
  loaded: boolean;
  error: Error | undefined;
  access: BackupsAccess;
};

/**
 * Everything the Backups list shows: one watch each of Backups, DataUploads and
 * DeleteBackupRequests in the Velero namespace (never one per row), and the VMs the user can
 * list, to name the VMs of backups without product labels.
 */
export const useBackupsList = (): BackupsListData => {
  // undefined while the console evaluates flags: neither installed nor missing yet.
  const flag = useFlag('VDP_VELERO') as boolean | undefined;
  const installed = flag === true;
  const velero = useVeleroNamespace();
  const ns = installed && velero.loaded ? velero.namespace : undefined;
  const backups = useWatchList<VeleroBackup>(BackupModel, ns);
  const uploads = useWatchList<DataUpload>(DataUploadModel, ns);
  const deletes = useWatchList<DeleteBackupRequest>(DeleteBackupRequestModel, ns);
  const vms = useWatchList<K8sResourceCommon>(VirtualMachineModel, installed ? '' : undefined);
  const rows = useMemo(
    () => backupRows(backups.data, uploads.data, deletes.data, vms.error ? [] : vms.data),
    [backups.data, uploads.data, deletes.data, vms.data, vms.error],
  );
  const access: BackupsAccess = !installed
    ? 'not-installed'
    : isForbidden(backups.error)
      ? 'forbidden'
      : 'ok';
  return {
    namespace: velero.namespace,
    rows,
    loaded: flag === false || backups.loaded || !!backups.error,
    error: access === 'ok' ? backups.error : undefined,
    access,
  };
};
