import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

// Velero and OADP kinds, each with its explicit version. OpenShift has two "Backup" kinds:
// always the fully qualified velero.io one (research/oadp-velero.md §1.1).
const veleroModel = (
  kind: string,
  plural: string,
  abbr: string,
  label: string,
  labelPlural: string,
  version = 'v1',
  group = 'velero.io',
): K8sModel => ({
  apiGroup: group,
  apiVersion: version,
  kind,
  plural,
  abbr,
  namespaced: true,
  label,
  labelPlural,
  crd: true,
});

export const BackupModel = veleroModel('Backup', 'backups', 'B', 'Backup', 'Backups');
export const RestoreModel = veleroModel('Restore', 'restores', 'R', 'Restore', 'Restores');
export const ScheduleModel = veleroModel('Schedule', 'schedules', 'S', 'Schedule', 'Schedules');
export const BackupStorageLocationModel = veleroModel(
  'BackupStorageLocation',
  'backupstoragelocations',
  'BSL',
  'BackupStorageLocation',
  'BackupStorageLocations',
);
export const DeleteBackupRequestModel = veleroModel(
  'DeleteBackupRequest',
  'deletebackuprequests',
  'DBR',
  'DeleteBackupRequest',
  'DeleteBackupRequests',
);
export const DownloadRequestModel = veleroModel(
  'DownloadRequest',
  'downloadrequests',
  'DR',
  'DownloadRequest',
  'DownloadRequests',
);
export const DataUploadModel = veleroModel(
  'DataUpload',
  'datauploads',
  'DU',
  'DataUpload',
  'DataUploads',
  'v2alpha1',
);
export const DataDownloadModel = veleroModel(
  'DataDownload',
  'datadownloads',
  'DD',
  'DataDownload',
  'DataDownloads',
  'v2alpha1',
);
export const DataProtectionApplicationModel = veleroModel(
  'DataProtectionApplication',
  'dataprotectionapplications',
  'DPA',
  'DataProtectionApplication',
  'DataProtectionApplications',
  'v1alpha1',
  'oadp.openshift.io',
);
