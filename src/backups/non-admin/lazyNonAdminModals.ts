/** The non-admin modals, each in its own chunk: the VM Backups tab loads on every VM page view. */
import { lazyOverlay } from '@shared/components/LazyOverlay/lazyOverlay';
import type { V1VirtualMachine } from '@shared/k8s/types';
import type { NonAdminBackup } from './nonAdminTypes';

export const LazyDeleteNonAdminBackupModal = lazyOverlay<{ nab: NonAdminBackup }>(() =>
  import(/* webpackChunkName: "delete-non-admin-backup" */ './DeleteNonAdminBackupModal').then(
    (m) => m.DeleteNonAdminBackupModal,
  ),
);

export const LazyNonAdminRestoreModal = lazyOverlay<{
  nab: NonAdminBackup;
  vm: V1VirtualMachine;
}>(() =>
  import(/* webpackChunkName: "non-admin-restore" */ './NonAdminRestoreModal').then(
    (m) => m.NonAdminRestoreModal,
  ),
);
