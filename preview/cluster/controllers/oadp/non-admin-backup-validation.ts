/**
 * migtools/oadp-non-admin `function.ValidateBackupSpec` (research/oadp-velero.md §2.10): the
 * fields a namespace user may not set on a NonAdminBackup, with the controller's messages, and
 * what the controller always excludes from the Velero Backup it makes.
 */
import type { JsonMap, StoredObject } from '../../api/types';
import { isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { enforcedSpec, enforcementError } from './non-admin-common';

export const ALWAYS_EXCLUDED = [
  'nonadminbackups',
  'nonadminrestores',
  'nonadminbackupstoragelocations',
  'securitycontextconstraints',
  'clusterroles',
  'clusterrolebindings',
  'priorityclasses',
  'customresourcedefinitions',
  'virtualmachineclusterinstancetypes',
  'virtualmachineclusterpreferences',
];
const restricted = (field: string, extra = '') => `NonAdminBackup ${field} is restricted${extra}`;

/** function.ValidateBackupSpec, in its order. */
export function validateBackupSpec(
  context: ClusterContext,
  nab: StoredObject,
  spec: JsonMap,
): string | undefined {
  const ns = nab.metadata.namespace ?? '';
  if (Array.isArray(spec.includedNamespaces) && spec.includedNamespaces.some((n) => n !== ns))
    return restricted(
      'spec.backupSpec.includedNamespaces',
      `, can not contain namespaces other than: ${ns}`,
    );
  if (Array.isArray(spec.excludedNamespaces))
    return restricted('spec.backupSpec.excludedNamespaces');
  if (spec.includeClusterResources === true)
    return restricted('spec.backupSpec.includeClusterResources', ', can only be set to false');
  if (
    Array.isArray(spec.includedClusterScopedResources) &&
    spec.includedClusterScopedResources.length > 0
  )
    return restricted('spec.backupSpec.includedScopedResources', ', must remain empty');
  if (typeof spec.storageLocation === 'string' && spec.storageLocation !== '') {
    const k = kinds(context.registry);
    const nabsl = context.objects.get(k.nonAdminBackupStorageLocation, ns, spec.storageLocation);
    if (!nabsl)
      return `NonAdminBackupStorageLocation not found in the namespace: nonadminbackupstoragelocations.oadp.openshift.io "${spec.storageLocation}" not found`;
    if (!isMap(nabsl.status) || nabsl.status.phase !== 'Created')
      return 'NonAdminBackupStorageLocation is not in created state and can not be used for the NonAdminBackup';
  }
  if (spec.volumeSnapshotLocations !== undefined)
    return restricted('spec.backupSpec.volumeSnapshotLocations');
  return enforcementError(enforcedSpec(context, 'enforceBackupSpec'), spec, 'spec.backupSpec');
}
