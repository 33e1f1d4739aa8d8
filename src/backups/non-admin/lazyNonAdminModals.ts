/** The non-admin modal in its own chunk: the VM Backups tab loads on every VM page view. */
import { lazyOverlay } from '@shared/components/LazyOverlay/lazyOverlay';
import type { NonAdminBackup } from './nonAdminTypes';

export const LazyDeleteNonAdminBackupModal = lazyOverlay<{ nab: NonAdminBackup }>(() =>
  import(/* webpackChunkName: "delete-non-admin-backup" */ './DeleteNonAdminBackupModal').then(
    (m) => m.DeleteNonAdminBackupModal,
  ),
);
