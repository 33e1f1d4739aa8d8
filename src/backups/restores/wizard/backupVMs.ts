import type { V1VirtualMachine } from '@shared/k8s/types';
import type { ArchivedVMs } from '../../backend/archivedVMs';
import type { BackupVM } from '../build/restoreSelectors';
import type { BackupSnapshot } from '../build/snapshotSelectors';
import { snapshotsOfClaims } from '../build/snapshotSelectors';

/**
 * The VMs inside a backup as its archive holds them: the labels and UID a restore's selectors
 * are matched against (Velero reads the archived objects, not the cluster), and the claims
 * their spec names that the backup holds. The VM of that name in the cluster now, if any, only
 * says whether it runs and what may conflict. Each claim's CSI snapshot, if the backup holds
 * one, comes with the labels the restore must select it by.
 */
export type VMInBackup = BackupVM & { uid?: string; claims: string[]; live?: V1VirtualMachine };

export const vmsOfBackup = (
  archived: ArchivedVMs,
  liveVMs: V1VirtualMachine[],
  snapshots: BackupSnapshot[] = [],
): VMInBackup[] =>
  archived.virtualMachines.map(({ namespace, name, uid, labels, claims: named }) => {
    const live = liveVMs.find(
      (v) => v.metadata?.namespace === namespace && v.metadata?.name === name,
    );
    const held = archived.claims.filter((c) => c.namespace === namespace && named.includes(c.name));
    const claims = named.filter((claim) => held.some((c) => c.name === claim));
    return {
      vm: { namespace, name },
      ...(uid ? { uid } : {}),
      labels,
      claims,
      claimLabels: held.map((c) => c.labels),
      snapshots: snapshotsOfClaims(namespace, claims, snapshots),
      ...(live ? { live } : {}),
    };
  });

/** Whether the original VM runs now: then new MAC addresses are recommended (kubevirt#11113). */
export const isRunning = (vm: V1VirtualMachine | undefined): boolean =>
  !!vm && (vm.status?.printableStatus === 'Running' || vm.status?.ready === true);
