/**
 * Velero 1.16.2 `restore_controller.go` validateAndComplete (research/oadp-velero.md §0a,
 * §2.3): Velero's own words in `status.validationErrors`, and the spec as Velero completes it
 * (non-restorable resources excluded, the schedule's latest completed backup, the default
 * item operation timeout, the schedule name filled in).
 */
import type { JsonMap, StoredObject } from '../../api/types';
import { asString, clone, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { NON_RESTORABLE, strings } from './restore-filters';
import { findLocation, locationPhase } from './storage-locations';
import { VELERO_NAMESPACE } from './velero-server';

const SCHEDULE_LABEL = 'velero.io/schedule-name';

function includesExcludesErrors(includes: string[], excludes: string[]): string[] {
  const errors: string[] = [];
  if (new Set(includes).size > 1 && includes.includes('*'))
    errors.push("includes list must either contain '*' only, or a non-empty list of items");
  if (excludes.includes('*')) errors.push("excludes list cannot contain '*'");
  for (const item of [...new Set(excludes)].sort())
    if (includes.includes(item))
      errors.push(`excludes list cannot contain an item in the includes list: ${item}`);
  return errors;
}

export interface ValidatedRestore {
  errors: string[];
  spec: JsonMap;
  backup?: StoredObject;
}

export function validateRestore(context: ClusterContext, input: JsonMap): ValidatedRestore {
  const k = kinds(context.registry);
  const spec = clone(input);
  const errors: string[] = [];
  const excluded = strings(spec.excludedResources);
  spec.excludedResources = [...excluded, ...NON_RESTORABLE.filter((r) => !excluded.includes(r))];
  for (const r of NON_RESTORABLE)
    if (strings(spec.includedResources).includes(r))
      errors.push(`${r} are non-restorable resources`);
  for (const e of includesExcludesErrors(
    strings(spec.includedResources),
    strings(spec.excludedResources),
  ))
    errors.push(`Invalid included/excluded resource lists: ${e}`);
  for (const e of includesExcludesErrors(
    strings(spec.includedNamespaces),
    strings(spec.excludedNamespaces),
  ))
    errors.push(`Invalid included/excluded namespace lists: ${e}`);
  if (spec.orLabelSelectors != null && spec.labelSelector != null)
    errors.push(
      'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified',
    );
  spec.itemOperationTimeout ??= '4h0m0s';
  const backupName = typeof spec.backupName === 'string' ? spec.backupName : '';
  const scheduleName = typeof spec.scheduleName === 'string' ? spec.scheduleName : '';
  if (!backupName === !scheduleName) {
    errors.push(
      'Either a backup or schedule must be specified as a source for the restore, but not both',
    );
    return { errors, spec };
  }
  const policy = spec.existingResourcePolicy;
  if (policy !== undefined && policy !== '' && policy !== 'none' && policy !== 'update')
    errors.push(
      `Invalid ExistingResourcePolicy: ${typeof policy === 'string' ? policy : JSON.stringify(policy)}`,
    );
  if (scheduleName) {
    const backups = context.objects
      .list(k.backup, VELERO_NAMESPACE)
      .filter((b) => b.metadata.labels?.[SCHEDULE_LABEL] === scheduleName);
    if (backups.length === 0) errors.push('No backups found for schedule');
    const start = (b: StoredObject) =>
      asString(isMap(b.status) ? b.status.startTimestamp : undefined) ?? '';
    const latest = backups
      .sort((a, b) => start(b).localeCompare(start(a)))
      .find((b) => isMap(b.status) && b.status.phase === 'Completed');
    if (!latest) {
      errors.push('No completed backups found for schedule');
      return { errors, spec };
    }
    spec.backupName = latest.metadata.name;
  }
  const name = String(spec.backupName);
  const backup = context.objects.get(k.backup, VELERO_NAMESPACE, name);
  if (!backup) {
    errors.push(
      `Error retrieving backup: can't find backup ${VELERO_NAMESPACE}/${name}: backups.velero.io "${name}" not found`,
    );
    return { errors, spec };
  }
  const location = asString(isMap(backup.spec) ? backup.spec.storageLocation : undefined) ?? '';
  const bsl = findLocation(context, location);
  if (!bsl) {
    errors.push(
      `Error retrieving backup: backupstoragelocations.velero.io "${location}" not found`,
    );
    return { errors, spec };
  }
  if (locationPhase(bsl) !== 'Available') {
    errors.push(
      `the BSL ${location} is unavailable, cannot retrieve the backup. please retry the restore after the BSL becomes available`,
    );
    return { errors, spec };
  }
  if (!scheduleName && backup.metadata.labels?.[SCHEDULE_LABEL])
    spec.scheduleName = backup.metadata.labels[SCHEDULE_LABEL];
  return { errors, spec, backup };
}
