/**
 * The OADP non-admin controller's NonAdminRestore reconciler (research/oadp-velero.md §2.10;
 * migtools/oadp-non-admin `internal/controller/nonadminrestore_controller.go`,
 * `function.ValidateRestoreSpec`): a NonAdminRestore of one of the namespace's NonAdminBackups
 * becomes a Velero Restore `<ns>-<name>-<uuid>` in openshift-adp, back into the same
 * namespace only (no schedules, no namespace mapping), its status mirrored with the
 * DataDownload counts and queue position.
 */
import type { JsonMap, StoredObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { addFinalizer, removeFinalizer, writeStatus } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { strings } from '../velero/restore-filters';
import { validLabelValue } from '../velero/restore-metadata';
import { VELERO_NAMESPACE, veleroServer } from '../velero/velero-server';
import {
  NAR_FINALIZER,
  NAR_ORIGIN_NAME,
  NAR_ORIGIN_NAMESPACE,
  NAR_ORIGIN_UUID_LABEL,
  applyEnforced,
  conditionTrue,
  dataMoverCounts,
  enforcedSpec,
  enforcementError,
  nacObjectName,
  nonAdminLabels,
  queuePosition,
  setCondition,
} from './non-admin-common';

const restricted = (field: string) =>
  `NonAdminRestore nonAdminRestore.spec.restoreSpec.${field} is restricted`;

/** function.ValidateRestoreSpec, in its order. */
function validate(context: ClusterContext, nar: StoredObject, spec: JsonMap): string | undefined {
  if (typeof spec.scheduleName === 'string' && spec.scheduleName.length > 0)
    return restricted('scheduleName');
  if (!spec.backupName) return 'NonAdminRestore spec.restoreSpec.backupName is not set';
  const nab = context.objects.get(
    kinds(context.registry).nonAdminBackup,
    nar.metadata.namespace,
    asString(spec.backupName) ?? '',
  );
  if (!nab)
    return `NonAdminRestore spec.restoreSpec.backupName is invalid: nonadminbackups.oadp.openshift.io "${asString(spec.backupName) ?? ''}" not found`;
  if (!isMap(nab.status) || nab.status.phase !== 'Created')
    return 'NonAdminRestore spec.restoreSpec.backupName is invalid: NonAdminBackup is not ready to be restored';
  if (spec.includedNamespaces !== undefined) return restricted('includedNamespaces');
  if (spec.excludedNamespaces !== undefined) return restricted('excludedNamespaces');
  if (spec.namespaceMapping !== undefined) return restricted('namespaceMapping');
  return enforcementError(enforcedSpec(context, 'enforceRestoreSpec'), spec, 'spec.restoreSpec');
}

export function nonAdminRestoreController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const byOrigin = (o: StoredObject) => {
    const name = o.metadata.annotations?.[NAR_ORIGIN_NAME];
    const namespace = o.metadata.annotations?.[NAR_ORIGIN_NAMESPACE];
    return name && namespace ? [{ namespace, name }] : [];
  };
  const veleroRestore = (uuid: string) =>
    context.objects
      .list(k.restore, VELERO_NAMESPACE)
      .find((r) => r.metadata.labels?.[NAR_ORIGIN_UUID_LABEL] === uuid);

  return {
    name: 'oadp-nonadminrestore',
    primary: k.nonAdminRestore,
    watches: [
      { type: k.restore, map: (e) => byOrigin(e.object) },
      {
        type: k.dataDownload,
        map: (e) => {
          const restore = context.objects.get(
            k.restore,
            VELERO_NAMESPACE,
            e.object.metadata.labels?.['velero.io/restore-name'] ?? '',
          );
          return restore ? byOrigin(restore) : [];
        },
      },
      { type: k.nonAdminBackup },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      if (!veleroServer(context).nonAdmin) return;
      let nar = context.objects.get(k.nonAdminRestore, ref.namespace, ref.name);
      if (!nar || ref.namespace === VELERO_NAMESPACE) return;
      const spec =
        isMap(nar.spec) && isMap(nar.spec.restoreSpec) ? clone(nar.spec.restoreSpec) : {};
      const status: JsonMap = isMap(nar.status) ? clone(nar.status) : {};
      const uuid = isMap(status.veleroRestore)
        ? (status.veleroRestore.nacuuid as string | undefined)
        : undefined;
      if (nar.metadata.deletionTimestamp) {
        status.phase = 'Deleting';
        setCondition(context, status, {
          type: 'Deleting',
          status: 'True',
          reason: 'DeletionPending',
          message: 'restore accepted for deletion',
        });
        nar = writeStatus(context, k.nonAdminRestore, nar, status);
        const restore = uuid ? veleroRestore(uuid) : undefined;
        if (restore) {
          if (!restore.metadata.deletionTimestamp)
            context.objects.delete(k.restore, VELERO_NAMESPACE, restore.metadata.name);
          return;
        }
        removeFinalizer(context, k.nonAdminRestore, nar, NAR_FINALIZER);
        return;
      }
      status.phase ??= 'New';
      const invalid = validate(context, nar, spec);
      if (invalid) {
        status.phase = 'BackingOff';
        setCondition(context, status, {
          type: 'Accepted',
          status: 'False',
          reason: 'InvalidRestoreSpec',
          message: invalid,
        });
        writeStatus(context, k.nonAdminRestore, nar, status);
        return;
      }
      setCondition(context, status, {
        type: 'Accepted',
        status: 'True',
        reason: 'RestoreAccepted',
        message: 'restore accepted',
      });
      const name = uuid ?? nacObjectName(ref.namespace ?? '', ref.name);
      status.veleroRestore = {
        ...(isMap(status.veleroRestore) ? status.veleroRestore : {}),
        nacuuid: name,
        namespace: VELERO_NAMESPACE,
        name,
      };
      nar = writeStatus(context, k.nonAdminRestore, nar, status);
      nar = addFinalizer(context, k.nonAdminRestore, nar, NAR_FINALIZER);
      let restore = veleroRestore(name);
      if (!restore) {
        if (conditionTrue(status, 'Queued')) {
          status.phase = 'BackingOff';
          setCondition(context, status, {
            type: 'Accepted',
            status: 'False',
            reason: 'VeleroRestoreNotFound',
            message:
              'NonAdminRestore is finalized and its associated Velero Restore has been removed. Please create a new NonAdminRestore to initiate a new Restore',
          });
          writeStatus(context, k.nonAdminRestore, nar, status);
          return;
        }
        const nab = context.objects.mustGet(
          k.nonAdminBackup,
          ref.namespace,
          asString(spec.backupName) ?? '',
        );
        spec.backupName =
          isMap(nab.status) && isMap(nab.status.veleroBackup) ? nab.status.veleroBackup.name : '';
        spec.includedNamespaces = [ref.namespace];
        applyEnforced(enforcedSpec(context, 'enforceRestoreSpec'), spec);
        spec.excludedResources = [...strings(spec.excludedResources), 'volumesnapshotclasses'];
        restore = context.objects.create(k.restore, {
          apiVersion: 'velero.io/v1',
          kind: 'Restore',
          metadata: {
            name,
            namespace: VELERO_NAMESPACE,
            labels: { ...nonAdminLabels(), [NAR_ORIGIN_UUID_LABEL]: name },
            annotations: {
              [NAR_ORIGIN_NAMESPACE]: ref.namespace ?? '',
              [NAR_ORIGIN_NAME]: ref.name,
            },
          },
          spec,
        });
      }
      status.queueInfo = {
        estimatedQueuePosition: queuePosition(
          restore,
          context.objects.list(k.restore, VELERO_NAMESPACE),
        ),
      };
      status.phase = 'Created';
      setCondition(context, status, {
        type: 'Queued',
        status: 'True',
        reason: 'RestoreScheduled',
        message: 'Created Velero Restore object',
      });
      status.veleroRestore = { ...(status.veleroRestore as JsonMap), status: restore.status ?? {} };
      const downloads = context.objects
        .list(k.dataDownload, VELERO_NAMESPACE)
        .filter(
          (d) =>
            d.metadata.labels?.['velero.io/restore-name'] ===
            validLabelValue(restore.metadata.name),
        );
      status.dataMoverDataDownloads = dataMoverCounts(downloads);
      status.fileSystemPodVolumeRestores = dataMoverCounts([]);
      writeStatus(context, k.nonAdminRestore, nar, status);
      return undefined;
    },
  };
}
