/**
 * Velero 1.16.2's restore controller, operations and finalizer controllers (research/
 * oadp-velero.md §0a, §2.3; research/velero-formats.md §11; Velero `restore_controller.go`
 * validateAndComplete / runValidatedRestore, `restore_operations_controller.go`,
 * `restore_finalizer_controller.go`): New → FailedValidation, or InProgress → (items restored
 * a few at a time, progress moving) → WaitingForPluginOperations while DataDownloads run →
 * Finalizing → Completed / PartiallyFailed; Failed when the archive cannot be read.
 */
import type { JsonMap, StoredObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { parseGoDuration } from '../../storage/clock';
import { addFinalizer, now, removeFinalizer, writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { StepTimer } from '../runtime';
import { readBackupArchive } from './restore-archive';
import { csiRestoreActions } from './restore-csi-actions';
import type { ArchivedItem } from './restore-archive';
import { groupResourceResolver, labelsMatch, orderItems } from './restore-filters';
import { countResult, deleteRestoreFiles, logLine, putRestoreFiles } from './restore-files';
import type { ActionContext, RestoreItemAction } from './restore-item-action';
import { kubevirtRestoreActions } from './restore-kubevirt-actions';
import { RestoreRun } from './restore-run';
import { restoreVolumeInfo } from './restore-volume-info';
import { validateRestore } from './restore-validation';
import { VELERO_NAMESPACE, veleroServer } from './velero-server';

export const RESTORE_FINALIZER = 'restores.velero.io/external-resources-finalizer';
export const RESTORE_TIMING = { perStep: 300, itemsPerStep: 4, finalize: 1_000 };

interface Running {
  run: RestoreRun;
  queue: ArchivedItem[];
  next: number;
  log: string[];
  backup: StoredObject;
}

export function restoreController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const runs = new Map<string, Running>();
  // Store events re-run a reconcile at once; the timer keeps each step's simulated duration.
  const timer = new StepTimer(context);
  const resolve = groupResourceResolver(context.registry);

  const save = (restore: StoredObject, status: JsonMap, spec?: JsonMap): StoredObject =>
    writeObject(context, k.restore, { ...clone(restore), ...(spec ? { spec } : {}), status });

  function start(restore: StoredObject, spec: JsonMap, backup: StoredObject): number | undefined {
    const status = isMap(restore.status) ? restore.status : {};
    const archive = readBackupArchive(context, backup);
    if ('error' in archive) {
      save(restore, {
        ...status,
        phase: 'Failed',
        failureReason: archive.error,
        completionTimestamp: now(context),
      });
      return undefined;
    }
    const server = veleroServer(context);
    const actions: RestoreItemAction[] = [
      ...(server.kubevirtPlugin ? kubevirtRestoreActions : []),
      ...csiRestoreActions.filter(
        (a) => server.csiEnabled || a.name === 'velero.io/data-upload-retrieve',
      ),
    ];
    const log: string[] = [];
    const mapping = isMap(spec.namespaceMapping) ? spec.namespaceMapping : {};
    const ctx: ActionContext = {
      context,
      restore,
      restoreSpec: spec,
      backup,
      targetNamespace: (ns) => (ns && typeof mapping[ns] === 'string' ? mapping[ns] : ns),
      log: (level, msg, fields = {}) =>
        log.push(
          logLine(context.clock.now(), level, msg, {
            ...fields,
            restore: `${VELERO_NAMESPACE}/${restore.metadata.name}`,
          }),
        ),
    };
    const run = new RestoreRun(ctx, archive, actions, resolve);
    const queue = orderItems(
      archive.items.filter(
        (i) => run.selects(i) && labelsMatch(spec, i.object.metadata.labels ?? {}),
      ),
    );
    ctx.log('info', 'starting restore');
    runs.set(restore.metadata.uid, { run, queue, next: 0, log, backup });
    return RESTORE_TIMING.perStep;
  }

  function step(restore: StoredObject, running: Running): number | undefined {
    const { run, queue } = running;
    const status = isMap(restore.status) ? restore.status : {};
    const end = Math.min(queue.length, running.next + RESTORE_TIMING.itemsPerStep);
    for (; running.next < end; running.next++) run.restoreItem(queue[running.next]);
    const restored = run.restored.size;
    if (running.next < queue.length) {
      const total = restored + (queue.length - running.next);
      save(restore, { ...status, progress: { totalItems: total, itemsRestored: restored } });
      return RESTORE_TIMING.perStep;
    }
    runs.delete(restore.metadata.uid);
    for (const [ns, list] of Object.entries(run.warnings.namespaces ?? {}))
      for (const msg of list)
        running.log.push(
          logLine(
            context.clock.now(),
            'warning',
            `Namespace ${ns}, resource restore warning: ${msg}`,
            { restore: `${VELERO_NAMESPACE}/${restore.metadata.name}` },
          ),
        );
    for (const [ns, list] of Object.entries(run.errors.namespaces ?? {}))
      for (const msg of list)
        running.log.push(
          logLine(context.clock.now(), 'error', `Namespace ${ns}, resource restore error: ${msg}`, {
            restore: `${VELERO_NAMESPACE}/${restore.metadata.name}`,
          }),
        );
    running.log.push(
      logLine(context.clock.now(), 'info', 'restore completed', {
        restore: `${VELERO_NAMESPACE}/${restore.metadata.name}`,
      }),
    );
    const created = now(context);
    putRestoreFiles(context, running.backup, restore.metadata.name, {
      log: running.log,
      results: { errors: run.errors, warnings: run.warnings },
      resourceList: run.resourceList(),
      operations: run.operations.map((op) => ({
        spec: {
          restoreName: restore.metadata.name,
          restoreUID: restore.metadata.uid,
          restoreItemAction: op.action,
          resourceIdentifier: {
            Group: '',
            Resource: op.groupResource,
            Namespace: op.namespace,
            Name: op.name,
          },
          operationID: op.operationId,
        },
        status: { phase: 'New', created },
      })),
      volumeInfo: restoreVolumeInfo(context, running.backup, run),
    });
    const errors = countResult(run.errors);
    const waiting = run.operations.length > 0;
    save(restore, {
      ...status,
      phase: `${waiting ? 'WaitingForPluginOperations' : 'Finalizing'}${errors > 0 ? 'PartiallyFailed' : ''}`,
      progress: { totalItems: restored, itemsRestored: restored },
      warnings: countResult(run.warnings),
      errors,
      ...(waiting ? { restoreItemOperationsAttempted: run.operations.length } : {}),
    });
    return waiting ? RESTORE_TIMING.perStep : RESTORE_TIMING.finalize;
  }

  /** restore_operations_controller: DataDownloads finish (or time out) before Finalizing. */
  function operations(restore: StoredObject, spec: JsonMap): number | undefined {
    const status = isMap(restore.status) ? restore.status : {};
    const downloads = context.objects
      .list(k.dataDownload, VELERO_NAMESPACE)
      .filter((d) => d.metadata.labels?.['velero.io/restore-uid'] === restore.metadata.uid);
    const phaseOf = (d: StoredObject) => (isMap(d.status) ? d.status.phase : undefined);
    const started = Date.parse(asString(status.startTimestamp) ?? now(context));
    const timedOut =
      context.clock.now() - started >
      (parseGoDuration(asString(spec.itemOperationTimeout) ?? '4h0m0s') ?? 0);
    const completed = downloads.filter((d) => phaseOf(d) === 'Completed').length;
    const failed = downloads.filter(
      (d) => phaseOf(d) === 'Failed' || phaseOf(d) === 'Canceled',
    ).length;
    const pending = downloads.length - completed - failed;
    if (pending > 0 && !timedOut) {
      save(restore, {
        ...status,
        restoreItemOperationsCompleted: completed,
        restoreItemOperationsFailed: failed,
      });
      return RESTORE_TIMING.perStep;
    }
    const failures = failed + (timedOut ? pending : 0);
    const partially = failures > 0 || String(status.phase).endsWith('PartiallyFailed');
    save(restore, {
      ...status,
      phase: partially ? 'FinalizingPartiallyFailed' : 'Finalizing',
      restoreItemOperationsCompleted: completed,
      restoreItemOperationsFailed: failures,
      errors: Number(status.errors ?? 0) + failures,
    });
    return RESTORE_TIMING.finalize;
  }

  function finalize(restore: StoredObject): undefined {
    const status = isMap(restore.status) ? restore.status : {};
    // The DataUploadResult config maps served their purpose once the restore is finalized.
    for (const cm of context.objects.list(k.configMap, VELERO_NAMESPACE))
      if (cm.metadata.labels?.['velero.io/restore-uid'] === restore.metadata.uid)
        context.objects.delete(k.configMap, VELERO_NAMESPACE, cm.metadata.name);
    save(restore, {
      ...status,
      phase: String(status.phase).endsWith('PartiallyFailed') ? 'PartiallyFailed' : 'Completed',
      completionTimestamp: now(context),
    });
    return undefined;
  }

  return {
    name: 'velero-restore',
    primary: k.restore,
    resyncOnClockAdvance: true,
    watches: [
      {
        type: k.dataDownload,
        map: (e) => {
          const name = e.object.metadata.labels?.['velero.io/restore-name'];
          return name ? [{ namespace: VELERO_NAMESPACE, name }] : [];
        },
      },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      let restore = context.objects.get(k.restore, ref.namespace, ref.name);
      if (!restore || ref.namespace !== VELERO_NAMESPACE) return;
      const spec = isMap(restore.spec) ? restore.spec : {};
      if (restore.metadata.deletionTimestamp) {
        const backup = context.objects.get(
          k.backup,
          VELERO_NAMESPACE,
          asString(spec.backupName) ?? '',
        );
        if (backup) deleteRestoreFiles(context, backup, restore.metadata.name);
        removeFinalizer(context, k.restore, restore, RESTORE_FINALIZER);
        return;
      }
      restore = addFinalizer(context, k.restore, restore, RESTORE_FINALIZER);
      const status = isMap(restore.status) ? restore.status : {};
      const phase = asString(status.phase) ?? '';
      if (phase === '' || phase === 'New') {
        const validated = validateRestore(context, spec);
        if (validated.errors.length > 0) {
          save(
            restore,
            { ...status, phase: 'FailedValidation', validationErrors: validated.errors },
            validated.spec,
          );
          return;
        }
        restore = save(
          restore,
          { ...status, phase: 'InProgress', startTimestamp: now(context) },
          validated.spec,
        );
        return start(restore, validated.spec, validated.backup as StoredObject);
      }
      if (phase === 'InProgress') {
        const running = runs.get(restore.metadata.uid);
        if (running) {
          const wait = timer.remaining(
            `${restore.metadata.uid}|${running.next}`,
            RESTORE_TIMING.perStep,
          );
          return wait > 0 ? wait : step(restore, running);
        }
        // Velero marks restores it finds InProgress at start-up as Failed (server.go).
        save(restore, {
          ...status,
          phase: 'Failed',
          failureReason:
            'found a restore with status "InProgress" during the server starting, mark it as "Failed"',
          completionTimestamp: now(context),
        });
        return;
      }
      if (phase.startsWith('WaitingForPluginOperations')) return operations(restore, spec);
      if (phase.startsWith('Finalizing')) {
        const wait = timer.remaining(`${restore.metadata.uid}|finalize`, RESTORE_TIMING.finalize);
        if (wait > 0) return wait;
        timer.clear(restore.metadata.uid);
        return finalize(restore);
      }
      return undefined;
    },
  };
}
