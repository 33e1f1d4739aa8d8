import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { deleteRequestsOf } from '../delete/buildDeleteBackupRequest';
import type { DataUpload, DeleteBackupRequest, VeleroBackup } from '../k8s/types';
import type { BackupProgress } from '../progress/uploadProgress';
import { backupProgress } from '../progress/uploadProgress';
import type { VMRef } from '../scope/productLabels';
import { vmsFromLabels } from '../scope/productLabels';
import { backupCoversVM } from '../scope/vmInBackup';
import type { BackupStatusInfo } from '../status/backupStatus';
import { getBackupStatus } from '../status/backupStatus';

/** One row of the Backups list: everything its cells show, computed once per change. */
export type BackupRow = {
  backup: VeleroBackup;
  name: string;
  status: BackupStatusInfo;
  /** The VMs it holds: from product labels, else its scope matched against the VMs we see. */
  vms: VMRef[];
  vmsFrom: 'labels' | 'scope';
  progress: BackupProgress;
  deleteErrors: string[];
  started?: string;
  expires?: string;
  location?: string;
  schedule?: string;
};

const refOf = (vm: K8sResourceCommon): VMRef => ({
  namespace: vm.metadata?.namespace ?? '',
  name: vm.metadata?.name ?? '',
});

export const backupRows = (
  backups: VeleroBackup[],
  uploads: DataUpload[],
  deleteRequests: DeleteBackupRequest[],
  vms: K8sResourceCommon[],
): BackupRow[] =>
  backups.map((backup) => {
    const name = backup.metadata?.name ?? '';
    const labelled = vmsFromLabels(backup.metadata?.labels);
    const deletion = deleteRequestsOf(name, deleteRequests);
    const labels = backup.metadata?.labels ?? {};
    return {
      backup,
      name,
      status: getBackupStatus(backup, deletion.pending),
      vms:
        labelled.length > 0 ? labelled : vms.filter((vm) => backupCoversVM(backup, vm)).map(refOf),
      vmsFrom: labelled.length > 0 ? 'labels' : 'scope',
      progress: backupProgress(backup, uploads),
      deleteErrors: deletion.errors,
      ...(backup.status?.startTimestamp ? { started: backup.status.startTimestamp } : {}),
      ...(backup.status?.expiration ? { expires: backup.status.expiration } : {}),
      ...(backup.spec?.storageLocation || labels['velero.io/storage-location']
        ? { location: backup.spec?.storageLocation ?? labels['velero.io/storage-location'] }
        : {}),
      ...(labels['velero.io/schedule-name'] ? { schedule: labels['velero.io/schedule-name'] } : {}),
    };
  });
