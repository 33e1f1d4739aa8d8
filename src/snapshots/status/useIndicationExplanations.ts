import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';

/** What each indication means for the user's data (research/kubevirt-snapshots.md §2.2). */
export const useIndicationExplanations = (): Record<string, string> => {
  const { t } = usePluginTranslation();
  return {
    Online: t('The VM was running when the snapshot was taken.'),
    GuestAgent: t(
      'The guest agent froze the file systems while the disks were captured, so applications see consistent data.',
    ),
    NoGuestAgent: t(
      'No guest agent was connected, so the file systems were not frozen: the disks are crash-consistent.',
    ),
    Paused: t(
      'The VM was paused, so the file systems were not frozen: the disks are not application-consistent.',
    ),
    PartialSnapshot: t('Some disks that support snapshots were left out of this snapshot.'),
    QuiesceTimeout: t(
      'Freezing the file systems timed out, so the disks may not be application-consistent.',
    ),
    QuiesceFailed: t(
      'Freezing the file systems failed, so the disks may not be application-consistent.',
    ),
  };
};
