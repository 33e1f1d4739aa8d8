/**
 * Velero 1.16's CSI PVC backup item action (research/oadp-velero.md §0a; velero-formats.md §5,
 * §6, §9; `pkg/backup/actions/csi/pvc_action.go`, `pkg/util/csi/volume_snapshot.go`): a
 * VolumeSnapshot per claim on a CSI volume, with the class chosen from the PVC annotation,
 * the Backup annotation, the driver's labelled class or its only class; a DataUpload per claim
 * when the data is moved; skipped volumes recorded with Velero's reasons.
 */
import { createHash } from 'node:crypto';
import type {
  PersistentVolumeClaim,
  StorageClass,
  VolumeSnapshotClass,
} from '../../api/kubevirt-types';
import { parseQuantity } from '../../api/quantity';
import type { StoredObject } from '../../api/types';
import { rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { ownerReference } from '../helpers';
import type { BackupItem } from './backup-items';
import type { BackupLog } from './backup-log';
import type { Backup } from './backup-spec';
import { customActionError } from './kubevirt-plugin';
import { VELERO_NAMESPACE } from './velero-server';

export const CLASS_LABEL = 'velero.io/csi-volumesnapshot-class';
const NO_VSL = 'volumeSnapshot: no applicable volumesnapshotter found;';

export interface VolumeInfo extends Record<string, unknown> {
  pvcName: string;
  pvcNamespace: string;
}

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

function chooseClass(
  classes: VolumeSnapshotClass[],
  driver: string,
  pvc: StoredObject,
  backup: Backup,
): VolumeSnapshotClass | undefined {
  const named = (name: string | undefined) =>
    classes.find((c) => c.metadata.name === name && c.driver === driver);
  const forDriver = classes.filter((c) => c.driver === driver);
  return (
    named(pvc.metadata.annotations?.[CLASS_LABEL]) ??
    named(backup.metadata.annotations?.[`${CLASS_LABEL}_${driver}`]) ??
    forDriver.find((c) => c.metadata.labels?.[CLASS_LABEL] !== undefined) ??
    (forDriver.length === 1 ? forDriver[0] : undefined)
  );
}

export interface VolumePlan {
  infos: VolumeInfo[];
  /** Item operations started (velero-formats.md §6), by operation ID. */
  operations: Record<string, unknown>[];
}

export function backupVolumes(
  context: ClusterContext,
  backup: Backup,
  items: BackupItem[],
  log: BackupLog,
  csiEnabled: boolean,
): VolumePlan {
  const k = kinds(context.registry);
  const plan: VolumePlan = { infos: [], operations: [] };
  const start = rfc3339(context.clock.now());
  const moveData = backup.spec.snapshotMoveData === true;
  const classes = context.objects.list(k.volumeSnapshotClass) as VolumeSnapshotClass[];
  for (const { type, object, via } of items) {
    if (type !== k.pvc) continue;
    const pvc = object as PersistentVolumeClaim;
    const ns = pvc.metadata.namespace ?? '';
    const pv = pvc.spec.volumeName
      ? context.objects.get(k.pv, undefined, pvc.spec.volumeName)
      : undefined;
    const pvSpec = (pv?.spec ?? {}) as {
      csi?: { driver: string };
      persistentVolumeReclaimPolicy?: string;
    };
    const base = {
      pvcName: pvc.metadata.name,
      pvcNamespace: ns,
      ...(pv ? { pvName: pv.metadata.name } : {}),
    };
    const pvInfo = {
      reclaimPolicy: pvSpec.persistentVolumeReclaimPolicy ?? 'Delete',
      labels: pv?.metadata.labels ?? null,
    };
    const skip = (reason: string) =>
      plan.infos.push({
        ...base,
        snapshotDataMoved: false,
        preserveLocalSnapshot: false,
        skipped: true,
        skippedReason: reason,
        pvInfo,
      });
    if (!csiEnabled || backup.spec.snapshotVolumes === false || !pv) {
      skip(NO_VSL);
      continue;
    }
    if (!pvSpec.csi) {
      log.add(
        'info',
        `Skipping PVC ${ns}/${pvc.metadata.name}, associated PV ${pv.metadata.name} is not a CSI volume`,
        { cmd: '/velero', pluginName: 'velero' },
      );
      skip(`csiSnapshot: skipped b/c it's not a CSI volume;${NO_VSL}`);
      continue;
    }
    const storageClass = context.objects.get(
      k.storageClass,
      undefined,
      pvc.spec.storageClassName ?? '',
    ) as StorageClass | undefined;
    const driver = storageClass?.provisioner ?? pvSpec.csi.driver;
    const vsClass = chooseClass(classes, driver, pvc, backup);
    if (!vsClass) {
      const cause = `failed to get VolumeSnapshotClass for StorageClass ${storageClass?.metadata.name ?? ''}: error getting VolumeSnapshotClass: failed to get VolumeSnapshotClass for provisioner ${driver}, ensure that the desired VolumeSnapshot class has the ${CLASS_LABEL} label`;
      log.add('error', 'Error backing up item', {
        name: via,
        error: customActionError(type, pvc, cause),
      });
      skip(NO_VSL);
      continue;
    }
    const vsName = `velero-${pvc.metadata.name}-${shortHash(backup.metadata.uid, pvc.metadata.uid)}`;
    if (!context.objects.get(k.volumeSnapshot, ns, vsName))
      context.objects.create(k.volumeSnapshot, {
        apiVersion: 'snapshot.storage.k8s.io/v1',
        kind: 'VolumeSnapshot',
        metadata: {
          name: vsName,
          namespace: ns,
          labels: {
            ...pvc.metadata.labels,
            'velero.io/backup-name': validLabelValue(backup.metadata.name),
          },
        },
        spec: {
          source: { persistentVolumeClaimName: pvc.metadata.name },
          volumeSnapshotClassName: vsClass.metadata.name,
        },
      });
    log.add('info', `Created VolumeSnapshot ${ns}/${vsName}`, {
      cmd: '/velero',
      pluginName: 'velero',
    });
    const size = parseQuantity(
      pvc.status?.capacity?.storage ?? pvc.spec.resources?.requests?.storage,
    );
    if (!moveData) {
      const operationID = `${ns}/${vsName}/${start}`;
      plan.operations.push(
        operation(
          backup,
          'velero.io/csi-volumesnapshot-backupper',
          {
            Group: 'snapshot.storage.k8s.io',
            Resource: 'volumesnapshots',
            Namespace: ns,
            Name: vsName,
          },
          operationID,
          null,
          start,
        ),
      );
      plan.infos.push({
        ...base,
        backupMethod: 'CSISnapshot',
        snapshotDataMoved: false,
        preserveLocalSnapshot: false,
        skipped: false,
        startTimestamp: start,
        csiSnapshotInfo: {
          snapshotHandle: '',
          size,
          driver,
          vscName: '',
          operationID,
          ReadyToUse: false,
        },
        pvInfo,
      });
      continue;
    }
    const operationID = validLabelValue(`du-${backup.metadata.uid}.${pvc.metadata.uid}`);
    const duName = `${backup.metadata.name}-${shortHash(pvc.metadata.uid, 'du')}`;
    if (!context.objects.get(k.dataUpload, VELERO_NAMESPACE, duName))
      context.objects.create(k.dataUpload, {
        apiVersion: 'velero.io/v2alpha1',
        kind: 'DataUpload',
        metadata: {
          name: duName,
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
          csiSnapshot: {
            volumeSnapshot: vsName,
            storageClass: pvc.spec.storageClassName,
            snapshotClass: vsClass.metadata.name,
          },
          sourcePVC: pvc.metadata.name,
          ...(backup.spec.datamover ? { datamover: backup.spec.datamover } : {}),
          backupStorageLocation: backup.spec.storageLocation,
          sourceNamespace: ns,
          operationTimeout: backup.spec.csiSnapshotTimeout,
        },
        status: { phase: 'New', progress: {} },
      });
    plan.operations.push(
      operation(
        backup,
        'velero.io/csi-pvc-backupper',
        { Group: '', Resource: 'persistentvolumeclaims', Namespace: ns, Name: pvc.metadata.name },
        operationID,
        [
          {
            Group: 'velero.io',
            Resource: 'datauploads',
            Namespace: VELERO_NAMESPACE,
            Name: duName,
          },
        ],
        start,
      ),
    );
    plan.infos.push({
      ...base,
      backupMethod: 'CSISnapshot',
      snapshotDataMoved: true,
      preserveLocalSnapshot: false,
      skipped: false,
      startTimestamp: start,
      csiSnapshotInfo: {
        snapshotHandle: 'unknown',
        size: 0,
        driver,
        vscName: 'unknown',
        operationID: 'unknown',
        ReadyToUse: null,
      },
      snapshotDataMovementInfo: {
        dataMover: backup.spec.datamover || 'velero',
        uploaderType: 'kopia',
        snapshotHandle: '',
        operationID,
        size: 0,
        Phase: 'New',
      },
      pvInfo,
    });
  }
  // Velero's order at the first persist: skipped first, then CSI / data mover.
  plan.infos.sort((a, b) => Number(b.skipped) - Number(a.skipped));
  return plan;
}

function operation(
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
