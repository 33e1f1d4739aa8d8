import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useCallback } from 'react';
import type { RuntimeNote } from './runtimeNotes';

export type RuntimeNoteText = { variant: 'info' | 'warning'; title: string; body: string };

/** The alert shown for each runtime note. */
export const useRuntimeNoteText = () => {
  const { t } = usePluginTranslation();
  return useCallback(
    (note: RuntimeNote): RuntimeNoteText => {
      switch (note.kind) {
        case 'guestAgent':
          return {
            variant: 'info',
            title: t('The guest file systems will be frozen'),
            body: t(
              'The guest agent is connected, so the file systems are frozen while the disks are captured and thawed right after. Applications see a consistent state.',
            ),
          };
        case 'noGuestAgent':
          return {
            variant: 'warning',
            title: t('No guest agent: the snapshot will be crash-consistent'),
            body: t(
              'The VM is running without a connected guest agent, so its file systems cannot be frozen. The disks are captured as if the power had been cut. Start the guest agent, or stop the VM, for a consistent snapshot.',
            ),
          };
        case 'paused':
          return {
            variant: 'warning',
            title: t('The VM is paused: the snapshot will not be application-consistent'),
            body: t(
              'File systems cannot be frozen while the VM is paused; data the guest has not written to disk yet is not in the snapshot.',
            ),
          };
        case 'snapshotInProgress':
          return {
            variant: 'warning',
            title: t('Snapshot {{name}} is still in progress', { name: note.snapshotName }),
            body: t(
              'KubeVirt takes one snapshot of a VM at a time. This snapshot waits until {{name}} is done, and its failure deadline keeps counting while it waits.',
              { name: note.snapshotName },
            ),
          };
      }
    },
    [t],
  );
};
