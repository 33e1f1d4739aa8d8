/**
 * The OADP non-admin controller's NonAdminBackup reconciler (research/oadp-velero.md §2.10;
 * migtools/oadp-non-admin `internal/controller/nonadminbackup_controller.go`,
 * `function.ValidateBackupSpec`): a NonAdminBackup in a user's namespace becomes a Velero
 * Backup `<ns>-<name>-<uuid>` in openshift-adp limited to that namespace, its spec and status
 * mirrored with the DataUpload counts and queue position; restricted fields are refused
 * (BackingOff, Accepted=False); `deleteBackup: true` deletes through a DeleteBackupRequest.
 */
import type { JsonMap, StoredObject } from '../../api/types';
import { clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { canonicalJson } from '../../storage/objects';
import { addFinalizer, removeFinalizer, writeStatus } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { strings } from '../velero/restore-filters';
import { validLabelValue } from '../velero/restore-metadata';
import { VELERO_NAMESPACE, veleroServer } from '../velero/velero-server';
import { ALWAYS_EXCLUDED, validateBackupSpec } from './non-admin-backup-validation';
import type { MetaCondition } from './non-admin-common';
import {
  NAB_FINALIZER,
  NAB_ORIGIN_NAME,
  NAB_ORIGIN_NAMESPACE,
  NAB_ORIGIN_UUID_LABEL,
  applyEnforced,
  conditionTrue,
  dataMoverCounts,
  enforcedSpec,
  nacObjectName,
  nonAdminLabels,
  queuePosition,
  setCondition,
} from './non-admin-common';

export function nonAdminBackupController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const byOrigin = (o: StoredObject) => {
    const name = o.metadata.annotations?.[NAB_ORIGIN_NAME];
    const namespace = o.metadata.annotations?.[NAB_ORIGIN_NAMESPACE];
    return name && namespace ? [{ namespace, name }] : [];
  };
  const veleroBackup = (uuid: string) =>
    context.objects
      .list(k.backup, VELERO_NAMESPACE)
      .find((b) => b.metadata.labels?.[NAB_ORIGIN_UUID_LABEL] === uuid);

  function saveStatus(nab: StoredObject, status: JsonMap): StoredObject {
    return writeStatus(context, k.nonAdminBackup, nab, status);
  }

  function remove(
    nab: StoredObject,
    status: JsonMap,
    uuid: string | undefined,
    viaRequest: boolean,
  ): void {
    const backup = uuid ? veleroBackup(uuid) : undefined;
    if (!backup) {
      removeFinalizer(context, k.nonAdminBackup, nab, NAB_FINALIZER);
      return;
    }
    if (!viaRequest) {
      for (const dbr of context.objects.list(k.deleteBackupRequest, VELERO_NAMESPACE))
        if (dbr.metadata.labels?.[NAB_ORIGIN_UUID_LABEL] === uuid)
          context.objects.delete(k.deleteBackupRequest, VELERO_NAMESPACE, dbr.metadata.name);
      if (!backup.metadata.deletionTimestamp)
        context.objects.delete(k.backup, VELERO_NAMESPACE, backup.metadata.name);
      return;
    }
    let dbr = context.objects
      .list(k.deleteBackupRequest, VELERO_NAMESPACE)
      .find((d) => d.metadata.labels?.[NAB_ORIGIN_UUID_LABEL] === uuid);
    dbr ??= context.objects.create(k.deleteBackupRequest, {
      apiVersion: 'velero.io/v1',
      kind: 'DeleteBackupRequest',
      metadata: {
        generateName: `${backup.metadata.name}-`,
        namespace: VELERO_NAMESPACE,
        labels: {
          'velero.io/backup-name': validLabelValue(backup.metadata.name),
          'velero.io/backup-uid': backup.metadata.uid,
          [NAB_ORIGIN_UUID_LABEL]: uuid ?? '',
          ...nonAdminLabels(),
        },
        annotations: {
          [NAB_ORIGIN_NAMESPACE]: nab.metadata.namespace ?? '',
          [NAB_ORIGIN_NAME]: nab.metadata.name,
        },
      },
      spec: { backupName: backup.metadata.name },
    });
    saveStatus(nab, {
      ...status,
      veleroDeleteBackupRequest: {
        nacuuid: uuid,
        namespace: VELERO_NAMESPACE,
        name: dbr.metadata.name,
        ...(dbr.status ? { status: dbr.status } : {}),
      },
    });
  }

  return {
    name: 'oadp-nonadminbackup',
    primary: k.nonAdminBackup,
    watches: [
      { type: k.backup, map: (e) => byOrigin(e.object) },
      { type: k.deleteBackupRequest, map: (e) => byOrigin(e.object) },
      {
        type: k.dataUpload,
        map: (e) => {
          const backup = context.objects.get(
            k.backup,
            VELERO_NAMESPACE,
            e.object.metadata.labels?.['velero.io/backup-name'] ?? '',
          );
          return backup ? byOrigin(backup) : [];
        },
      },
      {
        type: k.dataProtectionApplication,
        map: () =>
          context.objects
            .list(k.nonAdminBackup)
            .map((n) => ({ namespace: n.metadata.namespace, name: n.metadata.name })),
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      if (!veleroServer(context).nonAdmin) return;
      let nab = context.objects.get(k.nonAdminBackup, ref.namespace, ref.name);
      if (!nab || ref.namespace === VELERO_NAMESPACE) return;
      const spec = isMap(nab.spec) ? nab.spec : {};
      const status: JsonMap = isMap(nab.status) ? clone(nab.status) : {};
      const uuid = isMap(status.veleroBackup)
        ? (status.veleroBackup.nacuuid as string | undefined)
        : undefined;
      const condition = (c: MetaCondition) => setCondition(context, status, c);
      if (spec.deleteBackup === true || nab.metadata.deletionTimestamp) {
        const viaRequest = spec.deleteBackup === true;
        status.phase = 'Deleting';
        condition({
          type: 'Deleting',
          status: 'True',
          reason: 'DeletionPending',
          message: viaRequest
            ? 'backup accepted for deletion'
            : 'permanent backup deletion requires setting spec.deleteBackup to true',
        });
        nab = saveStatus(nab, status);
        if (viaRequest) {
          for (const nar of context.objects.list(k.nonAdminRestore, ref.namespace))
            if (
              isMap(nar.spec) &&
              isMap(nar.spec.restoreSpec) &&
              nar.spec.restoreSpec.backupName === ref.name &&
              !nar.metadata.deletionTimestamp
            )
              context.objects.delete(k.nonAdminRestore, ref.namespace, nar.metadata.name);
          if (!nab.metadata.deletionTimestamp) {
            context.objects.delete(k.nonAdminBackup, ref.namespace, ref.name);
            return 1;
          }
        }
        remove(nab, status, uuid, viaRequest);
        return;
      }
      status.phase ??= 'New';
      const backupSpec = isMap(spec.backupSpec) ? clone(spec.backupSpec) : {};
      const invalid = validateBackupSpec(context, nab, backupSpec);
      if (invalid) {
        status.phase = 'BackingOff';
        condition({
          type: 'Accepted',
          status: 'False',
          reason: 'InvalidBackupSpec',
          message: invalid,
        });
        saveStatus(nab, status);
        return;
      }
      condition({
        type: 'Accepted',
        status: 'True',
        reason: 'BackupAccepted',
        message: 'backup accepted',
      });
      const name = uuid ?? nacObjectName(ref.namespace ?? '', ref.name);
      status.veleroBackup = {
        ...(isMap(status.veleroBackup) ? status.veleroBackup : {}),
        nacuuid: name,
        namespace: VELERO_NAMESPACE,
        name,
      };
      nab = saveStatus(nab, status);
      nab = addFinalizer(context, k.nonAdminBackup, nab, NAB_FINALIZER);
      let backup = veleroBackup(name);
      if (!backup) {
        if (status.phase === 'Created' && conditionTrue(status, 'Queued')) {
          status.phase = 'BackingOff';
          condition({
            type: 'Accepted',
            status: 'False',
            reason: 'VeleroBackupNotFound',
            message:
              'NonAdminBackup is finalized and its associated Velero Backup has been removed. Please create a new NonAdminBackup to initiate a new backup',
          });
          saveStatus(nab, status);
          return;
        }
        applyEnforced(enforcedSpec(context, 'enforceBackupSpec'), backupSpec);
        backupSpec.includedNamespaces = [ref.namespace];
        backupSpec.excludedResources = [
          ...strings(backupSpec.excludedResources),
          ...ALWAYS_EXCLUDED,
        ];
        backup = context.objects.create(k.backup, {
          apiVersion: 'velero.io/v1',
          kind: 'Backup',
          metadata: {
            name,
            namespace: VELERO_NAMESPACE,
            labels: { ...nonAdminLabels(), [NAB_ORIGIN_UUID_LABEL]: name },
            annotations: {
              [NAB_ORIGIN_NAMESPACE]: ref.namespace ?? '',
              [NAB_ORIGIN_NAME]: ref.name,
            },
          },
          spec: backupSpec,
        });
      }
      status.queueInfo = {
        estimatedQueuePosition: queuePosition(
          backup,
          context.objects.list(k.backup, VELERO_NAMESPACE),
        ),
      };
      status.phase = 'Created';
      condition({
        type: 'Queued',
        status: 'True',
        reason: 'BackupScheduled',
        message: 'Created Velero Backup object',
      });
      const mirrored = {
        ...(status.veleroBackup as JsonMap),
        spec: backup.spec ?? {},
        status: backup.status ?? {},
      };
      if (canonicalJson(mirrored) !== canonicalJson(status.veleroBackup))
        status.veleroBackup = mirrored;
      const uploads = context.objects
        .list(k.dataUpload, VELERO_NAMESPACE)
        .filter(
          (d) =>
            d.metadata.labels?.['velero.io/backup-name'] === validLabelValue(backup.metadata.name),
        );
      status.dataMoverDataUploads = dataMoverCounts(uploads);
      status.fileSystemPodVolumeBackups = dataMoverCounts(
        context.objects
          .list(k.podVolumeBackup, VELERO_NAMESPACE)
          .filter(
            (p) =>
              p.metadata.labels?.['velero.io/backup-name'] ===
              validLabelValue(backup.metadata.name),
          ),
      );
      saveStatus(nab, status);
      return undefined;
    },
  };
}
