/**
 * What the OADP non-admin controller's NonAdminBackup and NonAdminRestore reconcilers share
 * (research/oadp-velero.md §2.10; migtools/oadp-non-admin `internal/common/constant`,
 * `internal/common/function`): the `<namespace>-<name>-<uuid>` names of the Velero objects,
 * the labels and annotations tying them back, metav1 conditions, queue positions and the
 * data mover counts, and the DPA's enforced spec fields.
 */
import { randomUUID } from 'node:crypto';
import type { JsonMap, StoredObject } from '../../api/types';
import { asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { canonicalJson } from '../../storage/objects';
import { now } from '../helpers';
import { veleroServer } from '../velero/velero-server';

export const OADP_LABEL = 'openshift.io/oadp';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const NAB_ORIGIN_UUID_LABEL = 'openshift.io/oadp-nab-origin-nacuuid';
export const NAR_ORIGIN_UUID_LABEL = 'openshift.io/oadp-nar-origin-nacuuid';
export const NAB_ORIGIN_NAME = 'openshift.io/oadp-nab-origin-name';
export const NAB_ORIGIN_NAMESPACE = 'openshift.io/oadp-nab-origin-namespace';
export const NAR_ORIGIN_NAME = 'openshift.io/oadp-nar-origin-name';
export const NAR_ORIGIN_NAMESPACE = 'openshift.io/oadp-nar-origin-namespace';
export const NAB_FINALIZER = 'nonadminbackup.oadp.openshift.io/finalizer';
export const NAR_FINALIZER = 'nonadminrestore.oadp.openshift.io/finalizer';

export const nonAdminLabels = (): Record<string, string> => ({
  [OADP_LABEL]: 'True',
  [MANAGED_BY_LABEL]: 'oadp-nac-controller',
});

/** GenerateNacObjectUUID: `<namespace>-<name>-<uuid>`, cut to 63 characters (name first). */
export function nacObjectName(namespace: string, name: string): string {
  const uuid = randomUUID();
  const full = [namespace, name, uuid].filter(Boolean).join('-');
  if (full.length <= 63) return full;
  const room = 63 - uuid.length;
  if (namespace.length > room - 2) return `${namespace.slice(0, room - 2)}-${uuid}`;
  const cut = name.slice(0, room - namespace.length - 2);
  return [namespace, cut, uuid].filter(Boolean).join('-');
}

export interface MetaCondition {
  type: string;
  status: 'True' | 'False';
  reason: string;
  message: string;
  lastTransitionTime?: string;
}

/** meta.SetStatusCondition: lastTransitionTime moves only when the status changes. */
export function setCondition(context: ClusterContext, status: JsonMap, next: MetaCondition): void {
  const list = (Array.isArray(status.conditions) ? status.conditions : []) as MetaCondition[];
  const existing = list.find((c) => c.type === next.type);
  const time =
    existing && existing.status === next.status ? existing.lastTransitionTime : now(context);
  status.conditions = [
    ...list.filter((c) => c.type !== next.type),
    { ...next, lastTransitionTime: time },
  ];
}

export const conditionTrue = (status: JsonMap, type: string) =>
  Array.isArray(status.conditions) &&
  (status.conditions as MetaCondition[]).some((c) => c.type === type && c.status === 'True');

/** GetBackupQueueInfo / GetRestoreQueueInfo: 0 once served, else 1 + unfinished older ones. */
export function queuePosition(target: StoredObject, all: StoredObject[]): number {
  const done = (o: StoredObject) => isMap(o.status) && o.status.completionTimestamp !== undefined;
  if (done(target)) return 0;
  const created = target.metadata.creationTimestamp ?? '';
  return 1 + all.filter((o) => !done(o) && (o.metadata.creationTimestamp ?? '') < created).length;
}

const PHASES = [
  'new',
  'accepted',
  'prepared',
  'inProgress',
  'canceling',
  'canceled',
  'failed',
  'completed',
];

/** dataMoverDataUploads / dataMoverDataDownloads: how many are in each phase. */
export function dataMoverCounts(items: StoredObject[]): Record<string, number> {
  const counts: Record<string, number> = { total: items.length };
  for (const phase of PHASES) counts[phase] = 0;
  for (const item of items) {
    const phase = isMap(item.status) ? (asString(item.status.phase) ?? '') : '';
    const key = phase.charAt(0).toLowerCase() + phase.slice(1);
    if (key in counts && key !== 'total') counts[key]++;
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
}

/** The DPA's `nonAdmin.enforceBackupSpec` / `enforceRestoreSpec`. */
export function enforcedSpec(
  context: ClusterContext,
  field: 'enforceBackupSpec' | 'enforceRestoreSpec',
): JsonMap {
  const dpa = veleroServer(context).dpa;
  const nonAdmin = isMap(dpa?.spec) && isMap(dpa.spec.nonAdmin) ? dpa.spec.nonAdmin : {};
  return isMap(nonAdmin[field]) ? nonAdmin[field] : {};
}

const isZero = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  v === false ||
  v === 0 ||
  (Array.isArray(v) && v.length === 0) ||
  (isMap(v) && Object.keys(v).length === 0);

/** An enforced field set to another value: the administrator's restriction message. */
export function enforcementError(
  enforced: JsonMap,
  spec: JsonMap,
  prefix: string,
): string | undefined {
  for (const [field, value] of Object.entries(enforced))
    if (
      !isZero(value) &&
      !isZero(spec[field]) &&
      canonicalJson(value) !== canonicalJson(spec[field])
    )
      return `the administrator has restricted ${prefix}.${field} field value to ${typeof value === 'string' ? value : JSON.stringify(value)}`;
  return undefined;
}

/** Enforced fields fill what the user left empty. */
export function applyEnforced(enforced: JsonMap, spec: JsonMap): void {
  for (const [field, value] of Object.entries(enforced))
    if (!isZero(value) && isZero(spec[field])) spec[field] = value;
}
