/**
 * velero.io/v1 Restore as far as our pages use it (Velero 1.16.2 `restore_types.go`,
 * research/oadp-velero.md §2.3).
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LabelSelector } from '../../k8s/types';

export type RestoreSpec = {
  backupName?: string;
  scheduleName?: string;
  includedNamespaces?: string[];
  orLabelSelectors?: LabelSelector[];
  namespaceMapping?: Record<string, string>;
  restorePVs?: boolean;
  existingResourcePolicy?: string;
  itemOperationTimeout?: string;
};

export type RestoreStatus = {
  phase?: string;
  validationErrors?: string[];
  warnings?: number;
  errors?: number;
  failureReason?: string;
  startTimestamp?: string;
  completionTimestamp?: string;
  progress?: { totalItems?: number; itemsRestored?: number };
};

export type VeleroRestore = K8sResourceCommon & { spec?: RestoreSpec; status?: RestoreStatus };
