/**
 * oadp.openshift.io/v1alpha1 NonAdminBackup, NonAdminRestore and
 * NonAdminBackupStorageLocation as far as our pages use them (migtools/oadp-non-admin
 * `api/v1alpha1`, research/oadp-velero.md §2.10).
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupSpec, BackupStatus } from '../k8s/types';
import type { RestoreSpec, RestoreStatus } from '../restores/build/restoreTypes';

export type NonAdminCondition = {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
};

/** How many DataUploads (or DataDownloads) of the Velero object are in each phase. */
export type DataMoverCounts = {
  total?: number;
  new?: number;
  accepted?: number;
  prepared?: number;
  inProgress?: number;
  canceling?: number;
  canceled?: number;
  failed?: number;
  completed?: number;
};

/** The spec fields a non-admin backup may carry (the NAC refuses the others). */
export type NonAdminBackupSpecFields = Omit<
  BackupSpec,
  'includedNamespaces' | 'excludedNamespaces'
>;

export type NonAdminBackup = K8sResourceCommon & {
  spec?: { backupSpec?: NonAdminBackupSpecFields; deleteBackup?: boolean };
  status?: {
    phase?: 'New' | 'BackingOff' | 'Created' | 'Deleting';
    conditions?: NonAdminCondition[];
    veleroBackup?: {
      nacuuid?: string;
      name?: string;
      namespace?: string;
      spec?: BackupSpec;
      status?: BackupStatus;
    };
    dataMoverDataUploads?: DataMoverCounts;
    queueInfo?: { estimatedQueuePosition?: number };
  };
};

export type NonAdminRestoreSpecFields = Omit<
  RestoreSpec,
  'scheduleName' | 'includedNamespaces' | 'namespaceMapping'
>;

export type NonAdminRestore = K8sResourceCommon & {
  spec?: { restoreSpec?: NonAdminRestoreSpecFields };
  status?: {
    phase?: string;
    conditions?: NonAdminCondition[];
    veleroRestore?: { nacuuid?: string; name?: string; namespace?: string; status?: RestoreStatus };
    dataMoverDataDownloads?: DataMoverCounts;
    queueInfo?: { estimatedQueuePosition?: number };
  };
};

export type NonAdminBackupStorageLocation = K8sResourceCommon & {
  status?: { phase?: string; conditions?: NonAdminCondition[] };
};
