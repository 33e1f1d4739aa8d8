import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupStatusInfo } from '../status/backupStatus';
import { getBackupStatus } from '../status/backupStatus';
import { backupCoversVM } from '../scope/vmInBackup';
import type { NonAdminBackup } from './nonAdminTypes';

/**
 * What the VM Backups tab shows of a NonAdminBackup (research/oadp-velero.md §2.10): the
 * Velero Backup's status as the non-admin controller mirrors it in `status.veleroBackup`, the
 * DataUpload counts of `dataMoverDataUploads`, and `queueInfo`. A refused spec (BackingOff,
 * Accepted=False) shows the controller's message.
 */
export type NonAdminBackupRow = {
  nab: NonAdminBackup;
  name: string;
  status: BackupStatusInfo;
  items?: { done: number; total: number };
  uploads?: { done: number; total: number; failed: number };
  /** Operations ahead of it in Velero's queue, while it waits. */
  queuePosition?: number;
  started?: string;
  expires?: string;
};

const acceptedMessage = (nab: NonAdminBackup) =>
  nab.status?.conditions?.find((c) => c.type === 'Accepted' && c.status === 'False')?.message;

export const nonAdminBackupStatus = (nab: NonAdminBackup): BackupStatusInfo => {
  if (nab.status?.phase === 'BackingOff')
    return {
      state: 'FailedValidation',
      tone: 'danger',
      terminal: true,
      restorable: false,
      ...(acceptedMessage(nab) ? { detail: acceptedMessage(nab) } : {}),
    };
  const mirrored = nab.status?.veleroBackup;
  const deleting =
    nab.spec?.deleteBackup === true ||
    nab.status?.phase === 'Deleting' ||
    !!nab.metadata?.deletionTimestamp;
  return getBackupStatus(
    { metadata: { name: mirrored?.name }, status: mirrored?.status ?? {} },
    deleting,
  );
};

export const nonAdminBackupRow = (nab: NonAdminBackup): NonAdminBackupRow => {
  const velero = nab.status?.veleroBackup?.status;
  const counts = nab.status?.dataMoverDataUploads;
  const position = nab.status?.queueInfo?.estimatedQueuePosition ?? 0;
  const status = nonAdminBackupStatus(nab);
  return {
    nab,
    name: nab.metadata?.name ?? '',
    status,
    ...(velero?.progress?.totalItems !== undefined
      ? { items: { done: velero.progress.itemsBackedUp ?? 0, total: velero.progress.totalItems } }
      : {}),
    ...(counts?.total
      ? {
          uploads: { done: counts.completed ?? 0, total: counts.total, failed: counts.failed ?? 0 },
        }
      : {}),
    ...(position > 0 && !status.terminal ? { queuePosition: position } : {}),
    ...(velero?.startTimestamp ? { started: velero.startTimestamp } : {}),
    ...(velero?.expiration ? { expires: velero.expiration } : {}),
  };
};

const startedAt = (row: NonAdminBackupRow) =>
  Date.parse(row.started ?? row.nab.metadata?.creationTimestamp ?? '') || 0;

/** The namespace's NonAdminBackups that hold the VM (labels, else scope), newest first. */
export const nonAdminBackupRowsOfVM = (
  nabs: NonAdminBackup[],
  vm: K8sResourceCommon,
): NonAdminBackupRow[] =>
  nabs
    .filter((nab) => nab.metadata?.namespace === vm.metadata?.namespace)
    .filter(
      (nab) =>
        backupCoversVM(
          {
            metadata: nab.metadata,
            spec: {
              ...(nab.spec?.backupSpec ?? {}),
              includedNamespaces: [nab.metadata?.namespace ?? ''],
            },
          },
          vm,
        ) !== false,
    )
    .map(nonAdminBackupRow)
    .sort((a, b) => startedAt(b) - startedAt(a));

/** Every NonAdminBackup of a namespace, newest first (the Backups list for a namespace user). */
export const nonAdminBackupRows = (nabs: NonAdminBackup[]): NonAdminBackupRow[] =>
  nabs.map(nonAdminBackupRow).sort((a, b) => startedAt(b) - startedAt(a));
