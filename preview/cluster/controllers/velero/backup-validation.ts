/**
 * Velero 1.16.2 `prepareBackupRequest` (research/oadp-velero.md §0a; velero-formats.md §8):
 * spec defaults written back, expiration = now + ttl (set even when validation fails), the
 * storage-location label, the source-cluster annotations, and the validation errors in
 * Velero's words.
 */
import { clone } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { KUBERNETES_VERSION } from '../../server/discovery';
import { formatGoDuration, parseGoDuration } from '../../storage/clock';
import type { Backup } from './backup-spec';
import { usesNewFilters, usesOldFilters } from './backup-spec';
import { defaultLocation, findLocation, isReadOnly, locationPhase } from './storage-locations';
import { validLabelValue } from './backup-volumes';

export const DEFAULTS = {
  ttl: '720h0m0s',
  csiSnapshotTimeout: '10m0s',
  itemOperationTimeout: '4h0m0s',
};

export interface PreparedBackup {
  backup: Backup;
  validationErrors: string[];
  expiration: number;
}

const MIXED_FILTERS =
  'include-resources, exclude-resources and include-cluster-resources are old filter parameters.\n' +
  'include-cluster-scoped-resources, exclude-cluster-scoped-resources, include-namespace-scoped-resources and exclude-namespace-scoped-resources are new filter parameters.\n' +
  'They cannot be used together';

function duration(value: string | undefined, fallback: string): string {
  const ms = value === undefined ? undefined : parseGoDuration(value);
  return ms ? formatGoDuration(ms) : fallback;
}

export function prepareBackup(context: ClusterContext, original: Backup): PreparedBackup {
  const backup = clone(original);
  const spec = backup.spec;
  const errors: string[] = [];
  spec.ttl = duration(spec.ttl, DEFAULTS.ttl);
  spec.csiSnapshotTimeout = duration(spec.csiSnapshotTimeout, DEFAULTS.csiSnapshotTimeout);
  spec.itemOperationTimeout = duration(spec.itemOperationTimeout, DEFAULTS.itemOperationTimeout);
  spec.defaultVolumesToFsBackup ??= false;
  spec.snapshotMoveData ??= false;
  const serverSpecified = !spec.storageLocation;
  if (!spec.storageLocation)
    spec.storageLocation = defaultLocation(context)?.metadata.name ?? 'default';
  const bsl = findLocation(context, spec.storageLocation);
  if (!bsl) {
    const notFound = `backupstoragelocations.velero.io "${spec.storageLocation}" not found`;
    errors.push(
      serverSpecified
        ? `an existing backup storage location was not specified at backup creation time and the server default ${spec.storageLocation} does not exist. Please address this issue (see \`velero backup-location -h\` for options) and create a new backup. Error: ${notFound}`
        : `an existing backup storage location was not specified at backup creation time and the default ${spec.storageLocation} was not found. Please address this issue (see \`velero backup-location -h\` for options) and create a new backup. Error: ${notFound}`,
    );
  } else {
    if (isReadOnly(bsl))
      errors.push(
        `backup can't be created because backup storage location ${bsl.metadata.name} is currently in read-only mode`,
      );
    if (locationPhase(bsl) !== 'Available')
      errors.push(
        `backup can't be created because BackupStorageLocation ${bsl.metadata.name} is in Unavailable status. please create a new backup after the BSL becomes available`,
      );
  }
  backup.metadata.labels = {
    ...backup.metadata.labels,
    'velero.io/storage-location': validLabelValue(spec.storageLocation),
  };
  backup.metadata.annotations = {
    ...backup.metadata.annotations,
    'velero.io/source-cluster-k8s-gitversion': KUBERNETES_VERSION.gitVersion,
    'velero.io/source-cluster-k8s-major-version': KUBERNETES_VERSION.major,
    'velero.io/source-cluster-k8s-minor-version': KUBERNETES_VERSION.minor,
    'velero.io/resource-timeout': '10m0s',
  };
  if (usesOldFilters(spec) && usesNewFilters(spec)) errors.push(MIXED_FILTERS);
  for (const [included, excluded, label] of [
    [spec.includedResources, spec.excludedResources, 'resource'],
    [spec.includedNamespaces, spec.excludedNamespaces, 'namespace'],
  ] as const) {
    for (const name of included ?? [])
      if ((excluded ?? []).includes(name) && name !== '*')
        errors.push(
          `Invalid included/excluded ${label} lists: excludes list cannot contain an item in the includes list: ${name}`,
        );
    if ((excluded ?? []).includes('*'))
      errors.push(`Invalid included/excluded ${label} lists: excludes list cannot contain '*'`);
  }
  if (spec.orLabelSelectors !== undefined && spec.labelSelector !== undefined)
    errors.push(
      'encountered labelSelector as well as orLabelSelectors in backup spec, only one can be specified',
    );
  const ttl = parseGoDuration(spec.ttl) ?? 0;
  return { backup, validationErrors: errors, expiration: context.clock.now() + ttl };
}
