/**
 * The Velero and OADP objects the backup pages read, typed as far as they use them
 * (velero.io/v1 and v2alpha1 as in Velero 1.16.2, research/oadp-velero.md §2).
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type LabelSelectorRequirement = {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
};

export type LabelSelector = {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
};

export type BackupSpec = {
  includedNamespaces?: string[];
  excludedNamespaces?: string[];
  includedResources?: string[];
  excludedResources?: string[];
  includedNamespaceScopedResources?: string[];
  excludedNamespaceScopedResources?: string[];
  labelSelector?: LabelSelector;
  orLabelSelectors?: LabelSelector[];
  storageLocation?: string;
  ttl?: string;
  snapshotMoveData?: boolean;
  snapshotVolumes?: boolean;
  defaultVolumesToFsBackup?: boolean;
};

export type BackupStatus = {
  phase?: string;
  validationErrors?: string[];
  startTimestamp?: string;
  completionTimestamp?: string;
  expiration?: string;
  failureReason?: string;
  errors?: number;
  warnings?: number;
  progress?: { totalItems?: number; itemsBackedUp?: number };
  queuePosition?: number;
  csiVolumeSnapshotsAttempted?: number;
  csiVolumeSnapshotsCompleted?: number;
  backupItemOperationsAttempted?: number;
  backupItemOperationsCompleted?: number;
  backupItemOperationsFailed?: number;
  hookStatus?: { hooksAttempted?: number; hooksFailed?: number };
};

export type VeleroBackup = K8sResourceCommon & { spec?: BackupSpec; status?: BackupStatus };

/** A Schedule's template is a Backup spec; its `metadata.labels` go onto each backup. */
export type BackupTemplate = BackupSpec & { metadata?: { labels?: Record<string, string> } };

export type VeleroSchedule = K8sResourceCommon & {
  spec?: {
    schedule?: string;
    template?: BackupTemplate;
    paused?: boolean;
    skipImmediately?: boolean;
    useOwnerReferencesInBackup?: boolean;
  };
  status?: {
    phase?: string;
    lastBackup?: string;
    lastSkipped?: string;
    validationErrors?: string[];
  };
};

export type DataUploadStatus = {
  phase?: string;
  node?: string;
  message?: string;
  acceptedTimestamp?: string;
  startTimestamp?: string;
  completionTimestamp?: string;
  progress?: { totalBytes?: number; bytesDone?: number };
};

export type DataUpload = K8sResourceCommon & {
  spec?: { sourcePVC?: string; sourceNamespace?: string; backupStorageLocation?: string };
  status?: DataUploadStatus;
};

/** A data-mover restore's download of one disk (Velero 1.16.2 `datadownload_types.go`). */
export type DataDownload = K8sResourceCommon & {
  spec?: { targetVolume?: { pvc?: string; namespace?: string } };
  status?: DataUploadStatus;
};

export type DeleteBackupRequest = K8sResourceCommon & {
  spec?: { backupName?: string };
  status?: { phase?: string; errors?: string[] };
};

/** `{"errors": Result, "warnings": Result}` (research/velero-formats.md §3). */
export type VeleroResult = {
  velero?: string[];
  cluster?: string[];
  namespaces?: Record<string, string[]>;
};

export type BackupResults = { errors?: VeleroResult; warnings?: VeleroResult };
