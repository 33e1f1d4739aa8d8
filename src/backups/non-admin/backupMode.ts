/**
 * Which API the backup pages use for a namespace (DESIGN §6 "Namespace users", issue 14
 * part 2): Velero objects when the user may list Backups in the Velero namespace; else OADP's
 * NonAdminBackups in the VM's namespace when that API is served and the user may create them
 * there; else nothing but who to ask.
 */
export type AccessAnswer = { allowed: boolean; loading: boolean };

export type BackupModeInput = {
  /** May list velero.io Backups in the Velero namespace. */
  velero: AccessAnswer;
  /** The NonAdminBackup API exists (the VDP_NON_ADMIN model flag); undefined while pending. */
  nonAdminApi: boolean | undefined;
  /** May create NonAdminBackups in the VM's namespace. */
  nonAdmin: AccessAnswer;
  namespace: string;
};

export type ManagedReason = 'no-non-admin-api' | 'no-non-admin-access';

export type BackupMode =
  | { kind: 'loading' }
  | { kind: 'admin' }
  | { kind: 'non-admin'; namespace: string }
  | { kind: 'managed'; reason: ManagedReason };

export const decideBackupMode = (input: BackupModeInput): BackupMode => {
  if (input.velero.loading) return { kind: 'loading' };
  if (input.velero.allowed) return { kind: 'admin' };
  if (input.nonAdminApi === undefined) return { kind: 'loading' };
  if (!input.nonAdminApi) return { kind: 'managed', reason: 'no-non-admin-api' };
  if (!input.namespace) return { kind: 'managed', reason: 'no-non-admin-access' };
  if (input.nonAdmin.loading) return { kind: 'loading' };
  return input.nonAdmin.allowed
    ? { kind: 'non-admin', namespace: input.namespace }
    : { kind: 'managed', reason: 'no-non-admin-access' };
};
