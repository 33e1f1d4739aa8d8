import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { RestoreMeaning } from './restoreRows';

/** A sentence for each restore meaning. */
export const useRestoreMeaningText = () => {
  const { t } = usePluginTranslation();
  const text: Record<RestoreMeaning, string> = {
    waiting: t('Waiting for Velero to start it.'),
    refused: t('Velero refused it; nothing was restored.'),
    restoring: t('Restoring the objects.'),
    downloading: t('Objects restored; disk data is still being downloaded.'),
    finishing: t('Finishing.'),
    done: t('Everything selected was restored.'),
    partial: t('Restored with errors: see the errors by VM.'),
    failed: t('The restore failed.'),
    unknown: t('Unknown phase.'),
  };
  return (meaning: RestoreMeaning) => text[meaning];
};
