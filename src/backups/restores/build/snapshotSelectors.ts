import type { LabelSelector } from '../../k8s/types';
import { matchesSelector } from '../../scope/labelSelector';
import type { VMRef } from '../../scope/productLabels';

/**
 * A CSI backup's VolumeSnapshots must be selected on their own (Velero 1.16.2: the CSI PVC
 * restore action brings no additional items and fails the PVC whose snapshot was not restored).
 * Velero gave each snapshot its PVC's labels, and CDI gave the PVC its DataVolume's, among them
 * `kubevirt.io/created-by: <VM UID>` (research/oadp-velero.md §3.3): the label to select by.
 */
export const CREATED_BY_LABEL = 'kubevirt.io/created-by';
/** The same on every snapshot of the backup: it never tells one VM's disks from another's. */
const BACKUP_NAME_LABEL = 'velero.io/backup-name';

/** One VolumeSnapshot of the backup's `csi-volumesnapshots` file, as far as we read it. */
export type BackupSnapshot = {
  metadata?: { namespace?: string; name?: string; labels?: Record<string, string> };
  spec?: { source?: { persistentVolumeClaimName?: string } };
};

export type DiskRef = VMRef & { claim: string };

/** The snapshots of a VM's claims, as `vmsOfBackup` attaches them, and its archived claims' labels. */
export type VMSnapshots = {
  vm: VMRef;
  labels: Record<string, string>;
  snapshots?: DiskSnapshot[];
  claimLabels?: Record<string, string>[];
};
export type DiskSnapshot = { claim: string; labels: Record<string, string> };

export const snapshotsOfClaims = (
  namespace: string,
  claims: string[],
  snapshots: BackupSnapshot[],
): DiskSnapshot[] =>
  snapshots
    .filter((s) => s.metadata?.namespace === namespace)
    .map((s) => ({
      claim: s.spec?.source?.persistentVolumeClaimName ?? '',
      labels: s.metadata?.labels ?? {},
    }))
    .filter((s) => claims.includes(s.claim));

const keyOrder = (a: string, b: string) =>
  (a === CREATED_BY_LABEL ? 0 : 1) - (b === CREATED_BY_LABEL ? 0 : 1) || a.localeCompare(b);

/**
 * One term per picked disk snapshot: a label of it that no unpicked VM of the backup, nor any
 * of its snapshots or archived disks, carries. A snapshot without one is left out and named.
 */
export const snapshotTerms = (
  picked: VMSnapshots[],
  unpicked: VMSnapshots[],
): { selectors: LabelSelector[]; leftOut: DiskRef[] } => {
  const others = unpicked.flatMap((o) => [
    o.labels,
    ...(o.snapshots ?? []).map((s) => s.labels),
    ...(o.claimLabels ?? []),
  ]);
  const selectors: LabelSelector[] = [];
  const leftOut: DiskRef[] = [];
  for (const { vm, snapshots } of picked)
    for (const snapshot of snapshots ?? []) {
      const key = Object.keys(snapshot.labels)
        .filter((k) => k !== BACKUP_NAME_LABEL)
        .sort(keyOrder)
        .find((k) => {
          const term = { matchLabels: { [k]: snapshot.labels[k] } };
          return !others.some((labels) => matchesSelector(labels, term));
        });
      if (key) selectors.push({ matchLabels: { [key]: snapshot.labels[key] } });
      else leftOut.push({ ...vm, claim: snapshot.claim });
    }
  return { selectors, leftOut };
};
