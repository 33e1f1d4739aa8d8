import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { BackupSpec } from '../k8s/types';
import type { BackupChoices } from '../wizard/buildBackup';
import type { LocationOption } from '../wizard/wizardProblems';
import { buildNonAdminBackup } from './buildNonAdminBackup';

/**
 * The wizard's choices as a NonAdminBackup in `namespace`, and the spec its review summary
 * reads (the namespace the controller forces, the location by its label).
 */
export const nonAdminWizardBackup = (
  choices: BackupChoices,
  namespace: string,
  allVMs: K8sResourceCommon[],
  locations: LocationOption[],
) => {
  const built = buildNonAdminBackup({ ...choices, namespace }, allVMs);
  const location = locations.find((l) => l.name === choices.storageLocation);
  const summarySpec: BackupSpec = {
    ...built.backup.spec?.backupSpec,
    includedNamespaces: [namespace],
    storageLocation: location?.label ?? choices.storageLocation,
  };
  return { ...built, summarySpec };
};

/** Where the wizard goes once the NonAdminBackup exists: the VM's Backups tab. */
export const nonAdminCreatedHref = (vms: { namespace: string; name: string }[]): string =>
  vms.length > 0
    ? `/k8s/ns/${vms[0].namespace}/kubevirt.io~v1~VirtualMachine/${vms[0].name}/backups`
    : '/';
