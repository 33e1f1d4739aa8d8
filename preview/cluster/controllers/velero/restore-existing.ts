/**
 * An item that already exists in the target (research/oadp-velero.md §0a, §2.3; Velero
 * `pkg/restore/restore.go` restoreItem): compared with the backed-up one after both are
 * stripped and labelled; left alone with Velero's warning when they differ (the wording with
 * the quoted name for `existingResourcePolicy: none`), silently when identical; patched to
 * the backed-up version with `existingResourcePolicy: update`.
 */
import type { ResourceType } from '../../api/resource-types';
import type { KubeObject, StoredObject } from '../../api/types';
import type { ActionContext } from './restore-item-action';
import { addRestoreLabels, resetMetadataAndStatus, sameObject } from './restore-metadata';

const DIFFERENT =
  'already exists. Warning: the in-cluster version is different than the backed-up version';

/** Returns Velero's warning, 'updated', or undefined when the object is the same. */
export function restoreOverExisting(
  ctx: ActionContext,
  type: ResourceType,
  existing: StoredObject,
  obj: KubeObject,
): string | undefined {
  const fromCluster = resetMetadataAndStatus(existing);
  addRestoreLabels(fromCluster, ctx.restore.metadata.name, ctx.backup.metadata.name);
  const policy = ctx.restoreSpec.existingResourcePolicy;
  const name = obj.metadata.name ?? '';
  if (!sameObject(fromCluster, obj)) {
    if (policy !== 'update')
      return policy === 'none'
        ? `could not restore, ${obj.kind} "${name}" ${DIFFERENT}`
        : `could not restore, ${obj.kind}:${name} ${DIFFERENT}`;
    ctx.context.objects.update(type, {
      ...obj,
      metadata: {
        ...existing.metadata,
        labels: obj.metadata.labels,
        annotations: obj.metadata.annotations,
      },
      status: existing.status,
    });
    return 'updated';
  }
  // The update policy still moves the backup/restore labels onto an unchanged object.
  if (policy === 'update')
    ctx.context.objects.update(type, {
      ...existing,
      metadata: { ...existing.metadata, labels: obj.metadata.labels },
    });
  return undefined;
}
