/**
 * A Backup taken from the live objects of a namespace, written the way Velero leaves one: the
 * object with its final status and the files in the bucket (research/velero-formats.md §1), so
 * restore tests have finished backups without running the Backup controller.
 */
import { gzipSync } from 'node:zlib';
import type { KubeObject, StoredObject } from '../../api/types';
import { clone, rfc3339 } from '../../api/types';
import { kinds } from '../../cluster-context';
import { writeTarGz } from '../../object-store/tar';
import { HOLD_ANNOTATION } from '../../controllers/velero/backup-timing';
import { VELERO_NAMESPACE } from '../../controllers/velero/velero-server';
import { jsonGzip } from '../../controllers/velero/restore-files';
import type { TestCluster } from '../harness';
import { eventually } from '../harness';
import { BUCKET, LOCATION } from './oadp';

const groupResource = (type: { plural: string; group: string }) =>
  type.group ? `${type.plural}.${type.group}` : type.plural;

export interface FixtureBackup {
  name: string;
  namespace: string;
  /** snapshotMoveData: DataUploads and `kopia/` data instead of VolumeSnapshots. */
  dataMover?: boolean;
  phase?: string;
}

/** Snapshots every claim of the namespace (CSI) or "uploads" it (data mover), then writes the backup. */
export async function writeFinishedBackup(
  cluster: TestCluster,
  options: FixtureBackup,
): Promise<StoredObject> {
  const { objects, registry, objectStore, clock } = cluster.context;
  const k = kinds(registry);
  const { name, namespace } = options;
  const items: { type: ReturnType<typeof kinds>['vm']; object: KubeObject }[] = [];
  const add = (type: (typeof items)[number]['type'], object: KubeObject) =>
    items.push({ type, object: clone(object) });
  const volumeInfo: unknown[] = [];
  const csiSnapshots: unknown[] = [];
  add(k.namespace, objects.mustGet(k.namespace, undefined, namespace));
  for (const vm of objects.list(k.vm, namespace)) add(k.vm, vm);
  for (const vmi of objects.list(k.vmi, namespace)) {
    const owned = (vmi.metadata.ownerReferences ?? []).some((o) => o.kind === 'VirtualMachine');
    add(k.vmi, {
      ...vmi,
      metadata: {
        ...vmi.metadata,
        annotations: {
          ...vmi.metadata.annotations,
          ...(owned ? { 'cdi.kubevirt.io/velero.isOwned': 'true' } : {}),
        },
      },
    });
  }
  for (const dv of objects.list(k.dataVolume, namespace)) {
    const done = (dv.status as { phase?: string } | undefined)?.phase === 'Succeeded';
    add(k.dataVolume, {
      ...dv,
      metadata: {
        ...dv.metadata,
        annotations: {
          ...dv.metadata.annotations,
          ...(done ? { 'cdi.kubevirt.io/storage.prePopulated': dv.metadata.name } : {}),
        },
      },
    });
  }
  for (const cm of objects.list(k.configMap, namespace)) add(k.configMap, cm);
  for (const pvc of objects.list(k.pvc, namespace)) {
    const spec = pvc.spec as {
      volumeName?: string;
      storageClassName?: string;
      resources?: { requests?: { storage?: string } };
    };
    const pv = spec.volumeName ? objects.get(k.pv, undefined, spec.volumeName) : undefined;
    const driver = (pv?.spec as { csi?: { driver?: string } } | undefined)?.csi?.driver ?? '';
    const annotations: Record<string, string> = { ...pvc.metadata.annotations };
    const owner = pvc.metadata.ownerReferences?.find((o) => o.kind === 'DataVolume');
    if (owner) annotations['cdi.kubevirt.io/storage.populatedFor'] = owner.name;
    const base = {
      pvcName: pvc.metadata.name,
      pvcNamespace: namespace,
      pvName: spec.volumeName,
      backupMethod: 'CSISnapshot',
      preserveLocalSnapshot: false,
      skipped: false,
      result: 'succeeded',
    };
    if (options.dataMover) {
      const snapshotID = `${name}${pvc.metadata.name}`.replace(/[^a-z0-9]/g, '').slice(0, 32);
      const du = `${name}-${pvc.metadata.name.slice(0, 5)}`;
      annotations['velero.io/data-upload-name'] = du;
      const size = spec.resources?.requests?.storage ?? '1Gi';
      objectStore.put(
        BUCKET,
        `velero/kopia/${namespace}/${snapshotID}`,
        JSON.stringify({
          pvc: pvc.metadata.name,
          namespace,
          size,
          storageClass: spec.storageClassName,
        }),
      );
      add(k.dataUpload, {
        apiVersion: 'velero.io/v2alpha1',
        kind: 'DataUpload',
        metadata: {
          name: du,
          namespace: VELERO_NAMESPACE,
          uid: `${du}-uid`,
          labels: { 'velero.io/backup-name': name },
        },
        spec: {
          snapshotType: 'CSI',
          sourcePVC: pvc.metadata.name,
          sourceNamespace: namespace,
          backupStorageLocation: LOCATION,
          operationTimeout: '10m0s',
        },
        status: { phase: 'Completed', snapshotID, nodeOS: 'linux', progress: {} },
      });
      volumeInfo.push({
        ...base,
        snapshotDataMoved: true,
        snapshotDataMovementInfo: {
          dataMover: 'velero',
          uploaderType: 'kopia',
          snapshotHandle: snapshotID,
          operationID: `du-${pvc.metadata.uid}`,
          size: 0,
          Phase: 'Completed',
        },
      });
    } else {
      const vsName = `velero-${pvc.metadata.name}-${name}`.slice(0, 63);
      const vs = objects.create(k.volumeSnapshot, {
        apiVersion: 'snapshot.storage.k8s.io/v1',
        kind: 'VolumeSnapshot',
        metadata: { name: vsName, namespace, labels: { 'velero.io/backup-name': name } },
        spec: {
          source: { persistentVolumeClaimName: pvc.metadata.name },
          volumeSnapshotClassName: 'ocs-storagecluster-rbdplugin-snapclass',
        },
      });
      const ready = await eventually(
        () => {
          const current = objects.get(k.volumeSnapshot, namespace, vsName);
          const state = current?.status as { readyToUse?: boolean } | undefined;
          return state?.readyToUse ? current : undefined;
        },
        `VolumeSnapshot ${vsName} ready`,
        30_000,
      );
      const content = objects.mustGet(
        k.volumeSnapshotContent,
        undefined,
        (ready.status as { boundVolumeSnapshotContentName?: string })
          .boundVolumeSnapshotContentName ?? '',
      );
      annotations['velero.io/volume-snapshot-name'] = vs.metadata.name;
      add(k.volumeSnapshot, {
        ...ready,
        metadata: {
          ...ready.metadata,
          annotations: {
            'velero.io/csi-volumesnapshot-restore-size': spec.resources?.requests?.storage ?? '1Gi',
          },
        },
      });
      add(k.volumeSnapshotContent, content);
      csiSnapshots.push(ready);
      const handle = (content.status as { snapshotHandle?: string }).snapshotHandle;
      volumeInfo.push({
        ...base,
        snapshotDataMoved: false,
        csiSnapshotInfo: {
          snapshotHandle: handle,
          size: 0,
          driver,
          vscName: content.metadata.name,
          ReadyToUse: true,
        },
      });
    }
    add(k.pvc, { ...pvc, metadata: { ...pvc.metadata, annotations } });
    if (pv) add(k.pv, pv);
  }
  const entries = [{ path: 'metadata/version', content: Buffer.from('1.1.0') }];
  const resourceList: Record<string, string[]> = {};
  for (const { type, object } of items) {
    const gr = groupResource(type);
    const where = type.namespaced ? `namespaces/${object.metadata.namespace}` : 'cluster';
    const content = Buffer.from(JSON.stringify(object));
    entries.push({ path: `resources/${gr}/${where}/${object.metadata.name}.json`, content });
    entries.push({
      path: `resources/${gr}/${type.storageVersion}-preferredversion/${where}/${object.metadata.name}.json`,
      content,
    });
    const key = `${type.group ? `${type.group}/` : ''}${type.storageVersion}/${type.kind}`;
    (resourceList[key] ??= []).push(
      type.namespaced
        ? `${object.metadata.namespace}/${object.metadata.name}`
        : (object.metadata.name ?? ''),
    );
  }
  const start = clock.now();
  const backup = objects.create(k.backup, {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name,
      namespace: VELERO_NAMESPACE,
      labels: { 'velero.io/storage-location': LOCATION },
      // A backup still running is held, or the Backup controller would go on with it.
      ...(['Completed', 'PartiallyFailed', 'Failed', undefined].includes(options.phase)
        ? {}
        : { annotations: { [HOLD_ANNOTATION]: 'true' } }),
    },
    spec: {
      includedNamespaces: [namespace],
      storageLocation: LOCATION,
      ttl: '720h0m0s',
      snapshotMoveData: options.dataMover === true,
      csiSnapshotTimeout: '10m0s',
    },
    status: {
      version: 1,
      formatVersion: '1.1.0',
      phase: options.phase ?? 'Completed',
      startTimestamp: rfc3339(start),
      completionTimestamp: rfc3339(start),
      expiration: rfc3339(start + 720 * 3600_000),
      progress: { totalItems: items.length, itemsBackedUp: items.length },
      hookStatus: {},
    },
  });
  const dir = `velero/backups/${name}/`;
  if ((options.phase ?? 'Completed') === 'Completed') {
    objectStore.put(BUCKET, `${dir}${name}.tar.gz`, writeTarGz(entries));
    objectStore.put(BUCKET, `${dir}${name}-resource-list.json.gz`, jsonGzip(resourceList));
    objectStore.put(BUCKET, `${dir}${name}-results.gz`, jsonGzip({ errors: {}, warnings: {} }));
    objectStore.put(BUCKET, `${dir}${name}-logs.gz`, gzipSync(''));
  }
  objectStore.put(BUCKET, `${dir}velero-backup.json`, JSON.stringify(backup, null, 2));
  objectStore.put(BUCKET, `${dir}${name}-volumeinfo.json.gz`, jsonGzip(volumeInfo));
  objectStore.put(
    BUCKET,
    `${dir}${name}-csi-volumesnapshots.json.gz`,
    jsonGzip(options.dataMover ? null : csiSnapshots),
  );
  return backup;
}
