import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { NonAdminBackupStorageLocation } from './nonAdminTypes';

/**
 * What a namespace user can know of backup readiness (DESIGN §6 "Namespace users"): the DPA,
 * Velero's locations and plugins live in the Velero namespace, which they cannot read, so the
 * checklist is the cluster administrator's. Their own NonAdminBackupStorageLocations they may
 * read, and the DPA's `spec.nonAdmin` (oadp-operator `NonAdmin`) only where an administrator
 * granted it.
 */
export type NonAdminDPA = K8sResourceCommon & {
  spec?: {
    nonAdmin?: {
      enable?: boolean;
      enforceBackupSpec?: Record<string, unknown>;
      requireApprovalForBSL?: boolean;
    };
  };
};

export type NamespaceLocation = {
  name: string;
  phase: string;
  /** The non-admin controller made its Velero location (phase `Created`). */
  usable: boolean;
  /** Why not, from a False condition (e.g. awaiting the administrator's approval). */
  message?: string;
};

export type NamespaceReadiness = {
  /** undefined: not readable. Empty: backups go to the cluster's default location. */
  locations?: NamespaceLocation[];
  /** undefined: the DPA is not readable. The backup fields the administrator enforces. */
  enforced?: string[];
};

const locationOf = (nabsl: NonAdminBackupStorageLocation): NamespaceLocation => {
  const phase = nabsl.status?.phase ?? '';
  const failing = nabsl.status?.conditions?.find((c) => c.status === 'False');
  return {
    name: nabsl.metadata?.name ?? '',
    phase,
    usable: phase === 'Created',
    ...(failing?.message ? { message: failing.message } : {}),
  };
};

export const namespaceReadiness = (input: {
  /** undefined: not loaded or not allowed. */
  locations?: NonAdminBackupStorageLocation[];
  /** undefined: not loaded or not allowed; the DPAs the user can read otherwise. */
  dpas?: NonAdminDPA[];
}): NamespaceReadiness => {
  const dpa = input.dpas?.find((d) => d.spec?.nonAdmin?.enable);
  return {
    ...(input.locations
      ? {
          locations: input.locations.map(locationOf).sort((a, b) => a.name.localeCompare(b.name)),
        }
      : {}),
    ...(dpa ? { enforced: Object.keys(dpa.spec?.nonAdmin?.enforceBackupSpec ?? {}).sort() } : {}),
  };
};
