/**
 * The backup modals, each in its own chunk that loads when the modal opens, so the VM Backups
 * tab (loaded on every VM page view) and the action providers do not carry their code.
 */
import { lazyOverlay } from '@shared/components/LazyOverlay/lazyOverlay';
import type { VeleroBackup } from './k8s/types';
import type { VMRef } from './scope/productLabels';

export const LazyDeleteBackupModal = lazyOverlay<{ backup: VeleroBackup; vms: VMRef[] }>(() =>
  import(/* webpackChunkName: "delete-backup-modal" */ './delete/DeleteBackupModal').then(
    (m) => m.DeleteBackupModal,
  ),
);
