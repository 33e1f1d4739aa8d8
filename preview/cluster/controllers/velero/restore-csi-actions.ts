/**
 * Velero 1.16.2's built-in CSI restore actions (research/oadp-velero.md §2.7; Velero
 * `pkg/restore/actions/csi/{pvc,volumesnapshot,volumesnapshotcontent}_action.go`,
 * `pkg/restore/actions/dataupload_retrieve_action.go`): a VolumeSnapshot and its content come
 * back statically bound under a name derived from the restore's UID, a PVC gets that snapshot
 * as its dataSource — or, when the backup moved data, a DataDownload and a selector that only
 * the PV the DataDownload makes will match.
 */
import { randomBytes } from 'node:crypto';
import { parseQuantity } from '../../api/quantity';
import type { JsonMap, KubeObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import { kinds } from '../../cluster-context';
import type { RestoreItemAction } from './restore-item-action';
import {
  ASYNC_OPERATION_ID_LABEL,
  RESTORE_NAME_LABEL,
  RESTORE_UID_LABEL,
  restoredSnapshotName,
  validLabelValue,
} from './restore-metadata';
import { VELERO_NAMESPACE } from './velero-server';

const VOLUME_SNAPSHOT_ANNOTATION = 'velero.io/volume-snapshot-name';
const RESTORE_SIZE_ANNOTATION = 'velero.io/csi-volumesnapshot-restore-size';
const DATA_UPLOAD_NAME_ANNOTATION = 'velero.io/data-upload-name';
export const DYNAMIC_PV_RESTORE_LABEL = 'velero.io/dynamic-pv-restore';
const PVC_NAMESPACE_NAME_LABEL = 'velero.io/pvc-namespace-name';
const RESOURCE_USAGE_LABEL = 'velero.io/resource-usage';

const map = (value: unknown): JsonMap => (isMap(value) ? value : {});
const restorePVsOff = (spec: JsonMap) => spec.restorePVs === false;

function dataUploadResult(ctx: Parameters<RestoreItemAction['execute']>[0], pvc: KubeObject) {
  const selector = `${PVC_NAMESPACE_NAME_LABEL}=${validLabelValue(`${pvc.metadata.namespace}.${pvc.metadata.name}`)},${RESTORE_UID_LABEL}=${ctx.restore.metadata.uid},${RESOURCE_USAGE_LABEL}=DataUpload`;
  const found = ctx.context.objects
    .list(kinds(ctx.context.registry).configMap, VELERO_NAMESPACE)
    .filter(
      (cm) =>
        cm.metadata.labels?.[PVC_NAMESPACE_NAME_LABEL] ===
          validLabelValue(`${pvc.metadata.namespace}.${pvc.metadata.name}`) &&
        cm.metadata.labels?.[RESTORE_UID_LABEL] === ctx.restore.metadata.uid,
    );
  if (found.length !== 1)
    throw new Error(
      `fail get DataUploadResult for restore: ${ctx.restore.metadata.name}: ${found.length ? 'multiple DataUpload result cms' : 'no DataUpload result cm'} found with labels ${selector}`,
    );
  return JSON.parse(String(map(found[0].data)[ctx.restore.metadata.uid])) as JsonMap;
}

export const csiRestoreActions: RestoreItemAction[] = [
  {
    name: 'velero.io/csi-volumesnapshotcontent-restorer',
    appliesTo: (gr) => gr === 'volumesnapshotcontents.snapshot.storage.k8s.io',
    execute(ctx, item, fromBackup) {
      if (restorePVsOff(ctx.restoreSpec)) return { item, skipRestore: true };
      const next = clone(item);
      const spec = map(next.spec);
      const ref = map(spec.volumeSnapshotRef);
      const handle = map(fromBackup.status).snapshotHandle;
      const name = restoredSnapshotName(ctx.restore.metadata.uid, String(ref.name));
      if (typeof handle !== 'string')
        throw new Error(`fail to get snapshot handle from VSC ${name} status`);
      next.metadata.name = name;
      spec.volumeSnapshotRef = {
        ...ref,
        name,
        namespace: ctx.targetNamespace(String(ref.namespace)),
        resourceVersion: '',
        uid: '',
      };
      spec.deletionPolicy = 'Retain';
      spec.source = { snapshotHandle: handle };
      return { item: next };
    },
  },
  {
    name: 'velero.io/csi-volumesnapshot-restorer',
    appliesTo: (gr) => gr === 'volumesnapshots.snapshot.storage.k8s.io',
    execute(ctx, item, fromBackup) {
      if (restorePVsOff(ctx.restoreSpec)) return { item, skipRestore: true };
      const name = restoredSnapshotName(ctx.restore.metadata.uid, fromBackup.metadata.name ?? '');
      const next = clone(item);
      next.metadata.name = name;
      next.metadata.annotations = {
        ...next.metadata.annotations,
        'velero.io/csi-vsc-deletion-policy': 'Retain',
      };
      next.spec = { ...map(next.spec), source: { volumeSnapshotContentName: name } };
      const bound = map(fromBackup.status).boundVolumeSnapshotContentName;
      if (typeof bound !== 'string')
        throw new Error(`VS ${fromBackup.metadata.name} doesn't have bound VSC`);
      return {
        item: next,
        additionalItems: [
          {
            groupResource: 'volumesnapshotcontents.snapshot.storage.k8s.io',
            namespace: '',
            name: bound,
          },
        ],
      };
    },
  },
  {
    name: 'velero.io/data-upload-retrieve',
    appliesTo: (gr) => gr === 'datauploads.velero.io',
    execute(ctx, item, fromBackup) {
      const spec = map(fromBackup.spec);
      const status = map(fromBackup.status);
      const result = {
        backupStorageLocation: map(ctx.backup.spec).storageLocation,
        ...(spec.datamover ? { datamover: spec.datamover } : {}),
        snapshotID: status.snapshotID ?? '',
        sourceNamespace: spec.sourceNamespace,
        ...(status.nodeOS ? { nodeOS: status.nodeOS } : {}),
      };
      ctx.context.objects.create(kinds(ctx.context.registry).configMap, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          generateName: `${fromBackup.metadata.name}-`,
          namespace: VELERO_NAMESPACE,
          labels: {
            [RESTORE_UID_LABEL]: ctx.restore.metadata.uid,
            [PVC_NAMESPACE_NAME_LABEL]: validLabelValue(
              `${String(spec.sourceNamespace)}.${String(spec.sourcePVC)}`,
            ),
            [RESOURCE_USAGE_LABEL]: 'DataUpload',
          },
        },
        data: { [ctx.restore.metadata.uid]: JSON.stringify(result) },
      });
      return { item, skipRestore: true };
    },
  },
  {
    name: 'velero.io/csi-pvc-restorer',
    appliesTo: (gr) => gr === 'persistentvolumeclaims',
    execute(ctx, item, fromBackup) {
      const k = kinds(ctx.context.registry);
      const namespace = ctx.targetNamespace(item.metadata.namespace ?? '');
      if (ctx.context.objects.get(k.pvc, namespace, item.metadata.name ?? '')) return { item };
      const next = clone(item);
      const spec = map(next.spec);
      if (restorePVsOff(ctx.restoreSpec)) {
        spec.volumeName = '';
        delete spec.dataSource;
        delete spec.dataSourceRef;
        return { item: next };
      }
      const annotations = fromBackup.metadata.annotations ?? {};
      if (map(ctx.backup.spec).snapshotMoveData === true) {
        if (!(DATA_UPLOAD_NAME_ANNOTATION in annotations)) return { item };
        const operationId = validLabelValue(
          `dd-${ctx.restore.metadata.uid}.${fromBackup.metadata.uid ?? ''}`,
        );
        const result = dataUploadResult(ctx, item);
        spec.volumeName = '';
        const selector = map(spec.selector);
        selector.matchLabels = {
          ...map(selector.matchLabels),
          [DYNAMIC_PV_RESTORE_LABEL]: validLabelValue(
            `${namespace}.${item.metadata.name}.${randomBytes(3).toString('hex').slice(0, 5)}`,
          ),
        };
        spec.selector = selector;
        createDataDownload(ctx, item.metadata.name ?? '', namespace, operationId, result);
        return { item: next, operationId };
      }
      const snapshot = annotations[VOLUME_SNAPSHOT_ANNOTATION];
      if (!snapshot) return { item };
      const target = restoredSnapshotName(ctx.restore.metadata.uid, snapshot);
      const vs = ctx.context.objects.get(k.volumeSnapshot, namespace, target);
      if (!vs)
        throw new Error(
          `Failed to get Volumesnapshot ${namespace}/${target} to restore PVC ${namespace}/${item.metadata.name ?? ''}: volumesnapshots.snapshot.storage.k8s.io "${target}" not found`,
        );
      const size = vs.metadata.annotations?.[RESTORE_SIZE_ANNOTATION];
      const requests = map(map(spec.resources).requests);
      if (size && parseQuantity(size) > parseQuantity(asString(requests.storage) ?? '0'))
        spec.resources = { ...map(spec.resources), requests: { ...requests, storage: size } };
      spec.volumeName = '';
      spec.dataSource = {
        apiGroup: 'snapshot.storage.k8s.io',
        kind: 'VolumeSnapshot',
        name: target,
      };
      delete spec.dataSourceRef;
      return { item: next };
    },
  },
];

function createDataDownload(
  ctx: Parameters<RestoreItemAction['execute']>[0],
  pvc: string,
  namespace: string,
  operationId: string,
  result: JsonMap,
): void {
  const restore = ctx.restore;
  ctx.context.objects.create(kinds(ctx.context.registry).dataDownload, {
    apiVersion: 'velero.io/v2alpha1',
    kind: 'DataDownload',
    metadata: {
      generateName: `${restore.metadata.name}-`,
      namespace: VELERO_NAMESPACE,
      ownerReferences: [
        {
          apiVersion: 'velero.io/v1',
          kind: 'Restore',
          name: restore.metadata.name,
          uid: restore.metadata.uid,
          controller: true,
        },
      ],
      labels: {
        [RESTORE_NAME_LABEL]: validLabelValue(restore.metadata.name),
        [RESTORE_UID_LABEL]: restore.metadata.uid,
        [ASYNC_OPERATION_ID_LABEL]: operationId,
      },
    },
    spec: {
      targetVolume: { pvc, pv: '', namespace },
      backupStorageLocation: result.backupStorageLocation,
      ...(result.datamover ? { datamover: result.datamover } : {}),
      snapshotID: result.snapshotID,
      sourceNamespace: result.sourceNamespace,
      operationTimeout: map(ctx.backup.spec).csiSnapshotTimeout ?? '10m0s',
    },
  });
}
