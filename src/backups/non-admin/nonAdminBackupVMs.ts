import type { V1VirtualMachine } from '@shared/k8s/types';
import type { RestoreSelection } from '../restores/build/restoreSelectors';
import { restoreSelection } from '../restores/build/restoreSelectors';
import { vmClaims } from '../details/vmClaims';
import { CREATED_BY_LABEL } from '../restores/build/snapshotSelectors';
import type { VMInBackup } from '../restores/wizard/backupVMs';
import { backupCoversVM } from '../scope/vmInBackup';
import type { VMRef } from '../scope/productLabels';
import { vmsFromLabels } from '../scope/productLabels';
import { nonAdminAsBackup } from './nonAdminAsBackup';
import type { NonAdminBackup } from './nonAdminTypes';

/**
 * The VMs a NonAdminBackup holds, as far as a namespace user can tell. Its contents are only
 * readable through a NonAdminDownloadRequest, which the non-admin controller serves for
 * backups in a NonAdminBackupStorageLocation only (oadp-non-admin
 * `nonadmindownloadrequest_controller.go`, condition NonAdminBackupStorageLocationNotUsed),
 * and then as an object-storage URL the plugin may not fetch. So: the VMs our product labels
 * on the NAB name (else the namespace's VMs its spec covers), their labels and disks from the
 * live VM, and for a deleted one `app: <name>` and no known disk. Each live VM's disk snapshots
 * are selected by its UID, as CDI labels its disks (restores/build/snapshotSelectors).
 */
export const nonAdminBackupVMs = (
  nab: NonAdminBackup,
  liveVMs: V1VirtualMachine[],
): VMInBackup[] => {
  const namespace = nab.metadata?.namespace ?? '';
  const named = vmsFromLabels(nab.metadata?.labels).filter((v) => v.namespace === namespace);
  const asBackup = nonAdminAsBackup(nab);
  const refs: VMRef[] =
    named.length > 0
      ? named
      : liveVMs
          .filter((v) => v.metadata?.namespace === namespace && backupCoversVM(asBackup, v))
          .map((v) => ({ namespace, name: v.metadata?.name ?? '' }));
  return refs.map((vm) => {
    const live = liveVMs.find(
      (v) => v.metadata?.namespace === vm.namespace && v.metadata?.name === vm.name,
    );
    const uid = live?.metadata?.uid;
    return {
      vm,
      labels: live?.metadata?.labels ?? { app: vm.name },
      claims: live ? vmClaims(live) : [],
      snapshots: uid ? [{ claim: vm.name, labels: { [CREATED_BY_LABEL]: uid } }] : [],
      ...(live ? { live } : {}),
    };
  });
};

/**
 * Selectors for the picked VMs. Every VM of the backup picked: none, so everything it holds
 * comes back — a deleted VM's labels are only assumed, a wrong guess would restore nothing.
 */
export const nonAdminRestoreSelection = (picked: VMRef[], vms: VMInBackup[]): RestoreSelection =>
  vms.every((v) => picked.some((p) => p.namespace === v.vm.namespace && p.name === v.vm.name))
    ? { selectors: [], unselectable: [], snapshotsLeftOut: [] }
    : restoreSelection(picked, vms);
