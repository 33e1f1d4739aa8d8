/**
 * The snapshot modals, each in its own chunk that loads when the modal opens, so neither the
 * Snapshots tab nor the action providers carry their code (issue 10 part 1).
 */
import { lazyOverlay } from '@shared/components/LazyOverlay/lazyOverlay';
import type { V1VirtualMachine, V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

type OfSnapshot = { snapshot: V1beta1VirtualMachineSnapshot };

export const LazyTakeSnapshotModal = lazyOverlay<{ vm: V1VirtualMachine }>(() =>
  import(/* webpackChunkName: "take-snapshot-modal" */ './take/TakeSnapshotModal').then(
    (m) => m.TakeSnapshotModal,
  ),
);

export const LazyRestoreSnapshotModal = lazyOverlay<OfSnapshot>(() =>
  import(/* webpackChunkName: "restore-snapshot-modal" */ './restore/RestoreSnapshotModal').then(
    (m) => m.RestoreSnapshotModal,
  ),
);

export const LazyCreateVMFromSnapshotModal = lazyOverlay<OfSnapshot>(() =>
  import(
    /* webpackChunkName: "create-vm-from-snapshot-modal" */ './clone/CreateVMFromSnapshotModal'
  ).then((m) => m.CreateVMFromSnapshotModal),
);

export const LazyDeleteSnapshotModal = lazyOverlay<OfSnapshot>(() =>
  import(/* webpackChunkName: "delete-snapshot-modal" */ './delete/DeleteSnapshotModal').then(
    (m) => m.DeleteSnapshotModal,
  ),
);
