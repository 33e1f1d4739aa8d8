import { apiVersionOf } from '@shared/k8s/models';
import type { LabelSelector } from '../k8s/types';
import { NonAdminRestoreModel } from './nonAdminModels';
import type { NonAdminRestore } from './nonAdminTypes';

export type NonAdminRestoreChoices = {
  name: string;
  namespace: string;
  /** The NonAdminBackup's name (the controller swaps in its Velero Backup). */
  backupName: string;
  /** Selectors for the picked VMs; empty restores everything the backup holds. */
  selectors: LabelSelector[];
};

/**
 * The NonAdminRestore (research/oadp-velero.md §2.10): back into the NAB's own namespace, so
 * no includedNamespaces and no namespaceMapping (both refused), never a schedule. No VM option
 * labels: the controller makes the Velero Restore with its own labels only
 * (oadp-non-admin `GetNonAdminRestoreLabels`), so kubevirt-velero-plugin would never see them.
 */
export const buildNonAdminRestore = (choices: NonAdminRestoreChoices): NonAdminRestore => ({
  apiVersion: apiVersionOf(NonAdminRestoreModel),
  kind: NonAdminRestoreModel.kind,
  metadata: { name: choices.name, namespace: choices.namespace },
  spec: {
    restoreSpec: {
      backupName: choices.backupName,
      ...(choices.selectors.length > 0 ? { orLabelSelectors: choices.selectors } : {}),
      restorePVs: true,
    },
  },
});
