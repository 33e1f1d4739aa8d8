import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

// OADP's non-admin kinds (research/oadp-velero.md §2.10): in the user's own namespace.
const nonAdminModel = (kind: string, plural: string, abbr: string): K8sModel => ({
  apiGroup: 'oadp.openshift.io',
  apiVersion: 'v1alpha1',
  kind,
  plural,
  abbr,
  namespaced: true,
  label: kind,
  labelPlural: `${kind}s`,
  crd: true,
});

export const NonAdminBackupModel = nonAdminModel('NonAdminBackup', 'nonadminbackups', 'NAB');
export const NonAdminRestoreModel = nonAdminModel('NonAdminRestore', 'nonadminrestores', 'NAR');
export const NonAdminBackupStorageLocationModel = nonAdminModel(
  'NonAdminBackupStorageLocation',
  'nonadminbackupstoragelocations',
  'NABSL',
);
