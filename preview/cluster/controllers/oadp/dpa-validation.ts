/**
 * The OADP 1.5 operator's checks of a DataProtectionApplication before it touches anything
 * (`internal/controller/validator.go` `ValidateDataProtectionCR`, `bsl.go`
 * `ValidateBackupStorageLocations`, `vsl.go`, `registry.go` `verifySecretContent`; research/
 * oadp-velero.md §2.9), in the operator's order and words. The first problem found is the
 * `Reconciled` condition's message.
 */
import type { StoredObject } from '../../api/types';
import { asArray, asString, isMap } from '../../api/types';
import type { JsonMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';

/** `credentials.PluginSpecificFields`: the secret a provider uses when none is named. */
const PROVIDER_SECRETS: Record<string, string> = {
  aws: 'cloud-credentials',
  gcp: 'cloud-credentials-gcp',
  azure: 'cloud-credentials-azure',
};
const PROVIDERS = ['aws', 'gcp', 'azure'];

const map = (value: unknown): JsonMap => (isMap(value) ? value : {});
const provider = (spec: JsonMap) => (asString(spec.provider) ?? '').replace(/^velero\.io\//, '');

export function dpaProblem(context: ClusterContext, dpa: StoredObject): string | undefined {
  const k = kinds(context.registry);
  const spec = map(dpa.spec);
  const configuration = isMap(spec.configuration) ? spec.configuration : undefined;
  const velero = configuration && isMap(configuration.velero) ? configuration.velero : undefined;
  const backupImages = spec.backupImages !== false;
  const locations = asArray(spec.backupLocations).map(map);
  const plugins = asArray(velero?.defaultPlugins).map((p) => String(p));
  const noSecret = asArray(velero?.featureFlags).includes('no-secret');

  /** `getSecretNameAndKey` + `verifySecretContent`. */
  function secretProblem(location: JsonMap): string | undefined {
    if (noSecret) return undefined;
    const credential = isMap(location.credential) ? location.credential : undefined;
    let name = PROVIDER_SECRETS[provider(location)] ?? '';
    let key = 'cloud';
    if (credential) {
      name = asString(credential.name) ?? '';
      key = asString(credential.key) ?? '';
      if (!name) return 'secret name specified for location cannot be empty';
      if (!key) return 'secret key specified for location cannot be empty';
    }
    const secret = context.objects.get(k.secret, dpa.metadata.namespace, name);
    if (!secret) return `secrets "${name}" not found`;
    const data = map(secret.data)[key] ?? map(secret.stringData)[key];
    if (typeof data !== 'string' || data.length === 0)
      return `secret name ${name} is missing data for key ${key}`;
    return undefined;
  }

  function locationProblem(location: JsonMap): string | undefined {
    if (!isMap(location.velero) && !isMap(location.bucket))
      return 'BackupLocation must have velero or bucket configuration';
    if (isMap(location.velero) && isMap(location.bucket))
      return 'cannot have both backupstoragelocations and bucket provided for a single StorageLocation';
    if (!isMap(location.velero))
      return 'CloudStorage locations are not simulated by the local cluster';
    const bsl = location.velero;
    const objectStorage = isMap(bsl.objectStorage) ? bsl.objectStorage : undefined;
    if (objectStorage && !asString(objectStorage.prefix) && backupImages)
      return 'BackupLocation must have velero prefix when backupImages is not set to false';
    const secret = secretProblem(bsl);
    if (secret) return secret;
    if (bsl.default !== true && location.name === 'default')
      return "Storage location named 'default' must be set as default";
    if (!asString(bsl.provider))
      return 'no provider specified for one of the backupstoragelocations configured';
    if (!PROVIDERS.includes(provider(bsl))) return 'invalid provider';
    const name = provider(bsl).toUpperCase().replace('AZURE', 'Azure');
    if (!objectStorage)
      return `object storage configuration for ${name} backupstoragelocation cannot be nil`;
    if (!asString(objectStorage.bucket))
      return `bucket name for ${name} backupstoragelocation cannot be empty`;
    return undefined;
  }

  function snapshotLocationProblem(location: JsonMap, index: number): string | undefined {
    const path = `spec.snapshotLocations[${index}]`;
    if (!isMap(location.velero)) return 'snapshotLocation velero configuration cannot be nil';
    const vsl = location.velero;
    const name = asString(vsl.provider) ?? '';
    if (!PROVIDERS.includes(name))
      return `DPA ${path}.velero.provider ${name} is invalid: only aws, gcp and azure are supported`;
    if (name === 'aws' && !asString(map(vsl.config).region))
      return `region for aws VSL in DPA ${path}.velero.config is not configured, please ensure a region is configured`;
    if (!plugins.includes(name))
      return `to use VSL for ${name} specified in DPA ${path}, ${name} plugin must be present in spec.configuration.velero.defaultPlugins`;
    return undefined;
  }

  if (context.objects.list(k.dataProtectionApplication, dpa.metadata.namespace).length > 1)
    return 'only one DPA CR can exist per OADP installation namespace';
  if (!velero) return 'DPA CR Velero configuration cannot be nil';
  if (velero.noDefaultBackupLocation === true) {
    if (locations.length > 0)
      return 'DPA CR Velero configuration cannot have backup locations if noDefaultBackupLocation is set';
    if (backupImages)
      return 'backupImages needs to be set to false when noDefaultBackupLocation is set';
  } else if (locations.length === 0) {
    return 'no backupstoragelocations configured, ensure a backupstoragelocation has been configured or use the noDefaultBackupLocation flag';
  }
  for (const location of locations) {
    const problem = locationProblem(location);
    if (problem) return problem;
  }
  const defaults = locations.filter((l) => map(l.velero).default === true).length;
  if (defaults > 1) return 'Only one Storage Location be set as default';
  if (defaults === 0 && velero.noDefaultBackupLocation !== true)
    return 'no default backupstoragelocations configured, ensure that one backupstoragelocation has been configured as the default location';
  const snapshotLocations = asArray(spec.snapshotLocations).map(map);
  for (const [index, location] of snapshotLocations.entries()) {
    const problem = snapshotLocationProblem(location, index);
    if (problem) return problem;
  }
  if (plugins.includes('vsm'))
    return 'Delete vsm from spec.configuration.velero.defaultPlugins and dataMover object from spec.features. Use Velero Built-in Data Mover instead';
  if (plugins.includes('aws') && plugins.includes('legacy-aws'))
    return 'aws and legacy-aws can not be both specified in DPA spec.configuration.velero.defaultPlugins';
  return undefined;
}
