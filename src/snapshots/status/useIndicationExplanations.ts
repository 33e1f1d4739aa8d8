import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useCallback, useMemo } from 'react';
import type { Indication } from './indications';

/** What each indication means for the user's data (research/kubevirt-snapshots.md §2.2). */
export const useIndicationExplanations = (): Record<string, string> => {
  const { t } = usePluginTranslation();
  return useMemo(
    () => ({
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
    }),
    [t],
  );
};

/**
 * What to show for one indication: our explanation of what it means for the data, then the
 * controller's own message (quoted, since KubeVirt wrote it) when it gave one.
 */
export const useIndicationText = (): ((indication: Indication) => string) => {
  const { t } = usePluginTranslation();
  const explanations = useIndicationExplanations();
  return useCallback(
    (indication: Indication) => {
      const explanation = explanations[indication.name];
      if (!indication.message) {
        return explanation ?? indication.name;
      }
      return explanation
        ? t('{{explanation}} KubeVirt: “{{message}}”', { explanation, message: indication.message })
        : indication.message;
    },
    [explanations, t],
  );
};
