import type { V1VirtualMachine } from '@shared/k8s/types';
import type { ResourceList } from '../../details/resourceList';
import { resourceItems, vmsInResourceList } from '../../details/resourceList';
import { vmClaims } from '../../details/vmClaims';
import type { VMRef } from '../../scope/productLabels';
import type { BackupVM } from '../build/restoreSelectors';
import type { BackupSnapshot } from '../build/snapshotSelectors';
import { snapshotsOfClaims } from '../build/snapshotSelectors';

/**
 * The VMs inside a backup (its resource list), with their disks and the labels the restore
 * selects them by. The resource list names objects only: a VM still in the cluster lends its
 * labels and claims; a deleted one is taken as the console labels VMs (`app: <name>`, the
 * selector OADP documents) with the claims named after it (`<vm>-<disk>`, as the console and
 * dataVolumeTemplates name them). Each claim's CSI snapshot, if the backup holds one, comes with
 * the labels the restore must select it by.
 */
export type VMInBackup = BackupVM & { claims: string[]; live?: V1VirtualMachine };

const CLAIM_KINDS = new Set(['DataVolume', 'PersistentVolumeClaim']);

export const vmsOfBackup = (
  list: ResourceList,
  liveVMs: V1VirtualMachine[],
  snapshots: BackupSnapshot[] = [],
): VMInBackup[] => {
  const items = resourceItems(list);
  return vmsInResourceList(list).map((vm: VMRef) => {
    const live = liveVMs.find(
      (v) => v.metadata?.namespace === vm.namespace && v.metadata?.name === vm.name,
    );
    const inList = items
      .filter(
        (i) =>
          CLAIM_KINDS.has(i.kind) &&
          i.namespace === vm.namespace &&
          i.name.startsWith(`${vm.name}-`),
      )
      .map((i) => i.name);
    const claims = (live ? vmClaims(live) : [...new Set(inList)]).filter((c) =>
      items.some((i) => i.namespace === vm.namespace && i.name === c),
    );
    return {
      vm,
      labels: live?.metadata?.labels ?? { app: vm.name },
      claims,
      snapshots: snapshotsOfClaims(vm.namespace, claims, snapshots),
      ...(live ? { live } : {}),
    };
  });
};

/** Whether the original VM runs now: then new MAC addresses are recommended (kubevirt#11113). */
export const isRunning = (vm: V1VirtualMachine | undefined): boolean =>
  !!vm && (vm.status?.printableStatus === 'Running' || vm.status?.ready === true);
