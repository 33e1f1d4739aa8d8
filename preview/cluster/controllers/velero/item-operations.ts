/**
 * What Velero's CSI PVC action starts (research/velero-formats.md §6, §9; `pvc_action.go`
 * `newDataUpload`): the item operation records kept in `-itemoperations.json.gz`, and the
 * DataUpload a data-mover backup asks the node agent for.
 */
import { createHash } from 'node:crypto';
import type { PersistentVolumeClaim } from '../../api/kubevirt-types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { ownerReference } from '../helpers';
import type { Backup } from './backup-spec';
import { VELERO_NAMESPACE } from './velero-server';

/** label.GetValidName: over 63 characters → the first 57 and 6 hex of the sha256. */
export function validLabelValue(value: string): string {
  if (value.length <= 63) return value;
  return value.slice(0, 57) + createHash('sha256').update(value).digest('hex').slice(0, 6);
}

export function shortHash(...parts: string[]): string {
  const digits = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = createHash('sha256').update(parts.join('|')).digest();
  return [...bytes.subarray(0, 5)].map((b) => digits[b % digits.length]).join('');
}

export function operation(
  backup: Backup,
  action: string,
  resourceIdentifier: Record<string, string>,
  operationID: string,
  postOperationItems: Record<string, string>[] | null,
  created: string,
): Record<string, unknown> {
  return {
    spec: {
      backupName: backup.metadata.name,
      backupUID: backup.metadata.uid,
      backupItemAction: action,
      resourceIdentifier,
      operationID,
      postOperationItems,
    },
    status: { phase: 'InProgress', created, started: created, updated: created },
  };
}

/** Creates (once: the name is derived from the claim) the DataUpload for a claim; its name. */
export function requestDataUpload(
  context: ClusterContext,
  backup: Backup,
  pvc: PersistentVolumeClaim,
  volumeSnapshot: string,
  snapshotClass: string,
  operationID: string,
): string {
  const k = kinds(context.registry);
  const name = `${backup.metadata.name}-${shortHash(pvc.metadata.uid, 'du')}`;
  if (context.objects.get(k.dataUpload, VELERO_NAMESPACE, name)) return name;
  context.objects.create(k.dataUpload, {
    apiVersion: 'velero.io/v2alpha1',
    kind: 'DataUpload',
    metadata: {
      name,
      namespace: VELERO_NAMESPACE,
      ownerReferences: [ownerReference(backup, true, false)],
      labels: {
        'velero.io/backup-name': validLabelValue(backup.metadata.name),
        'velero.io/backup-uid': backup.metadata.uid,
        'velero.io/pvc-uid': pvc.metadata.uid,
        'velero.io/async-operation-id': operationID,
      },
    },
    spec: {
      snapshotType: 'CSI',
      csiSnapshot: { volumeSnapshot, storageClass: pvc.spec.storageClassName, snapshotClass },
      sourcePVC: pvc.metadata.name,
      ...(backup.spec.datamover ? { datamover: backup.spec.datamover } : {}),
      backupStorageLocation: backup.spec.storageLocation,
      sourceNamespace: pvc.metadata.namespace,
      operationTimeout: backup.spec.csiSnapshotTimeout,
    },
    // Velero leaves the phase empty until the node agent looks; New reads the same in lists.
    status: { phase: 'New', progress: {} },
  });
  return name;
}
