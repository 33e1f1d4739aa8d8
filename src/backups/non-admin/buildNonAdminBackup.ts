import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { apiVersionOf } from '@shared/k8s/models';
import type { VMRef } from '../scope/productLabels';
import type { BackupMethod } from '../wizard/buildBackup';
import { buildBackupSpec, productLabels } from '../wizard/buildBackup';
import type { VMSelection } from '../wizard/vmSelectors';
import { NonAdminBackupModel } from './nonAdminModels';
import type { NonAdminBackup } from './nonAdminTypes';

export type NonAdminBackupChoices = {
  name: string;
  /** The VMs' namespace: the NonAdminBackup lives there and backs up nothing else. */
  namespace: string;
  vms: VMRef[];
  method: BackupMethod;
  /** A NonAdminBackupStorageLocation of the namespace; empty: the cluster's default location. */
  storageLocation: string;
  ttl: string;
};

/**
 * The NonAdminBackup the wizard sends in non-admin mode (research/oadp-velero.md §2.10): the
 * admin builder's selectors, method and TTL in `spec.backupSpec`, without what the non-admin
 * controller refuses or sets itself — no includedNamespaces (it forces the NAB's namespace),
 * no excludedNamespaces, no cluster-wide storage location. VMs of other namespaces are left out.
 */
export const buildNonAdminBackup = (
  choices: NonAdminBackupChoices,
  allVMs: K8sResourceCommon[],
): { backup: NonAdminBackup; labelPatches: VMSelection[] } => {
  const vms = choices.vms.filter((vm) => vm.namespace === choices.namespace);
  const inNamespace = allVMs.filter((vm) => vm.metadata?.namespace === choices.namespace);
  const { spec, labelPatches } = buildBackupSpec(
    { ...choices, vms, veleroNamespace: choices.namespace },
    inNamespace,
  );
  // The controller forces includedNamespaces; a location must be the namespace's own.
  const allowed = { ...spec };
  delete allowed.includedNamespaces;
  delete allowed.storageLocation;
  return {
    backup: {
      apiVersion: apiVersionOf(NonAdminBackupModel),
      kind: NonAdminBackupModel.kind,
      metadata: { name: choices.name, namespace: choices.namespace, labels: productLabels(vms) },
      spec: {
        backupSpec: {
          ...allowed,
          ...(choices.storageLocation ? { storageLocation: choices.storageLocation } : {}),
        },
      },
    },
    labelPatches,
  };
};

/** Deleting a NonAdminBackup with its Velero Backup and data: the controller acts on this patch. */
export const DELETE_NON_ADMIN_BACKUP_PATCH = [
  { op: 'add', path: '/spec/deleteBackup', value: true },
] as const;
