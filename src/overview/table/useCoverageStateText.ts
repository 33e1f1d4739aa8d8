import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import type { CoverageState } from '../rules/coverageRows';

export type CoverageStateText = Record<CoverageState, { label: string; meaning: string }>;

export const useCoverageStateText = (): CoverageStateText => {
  const { t } = usePluginTranslation();
  return useMemo(
    () => ({
      unprotected: {
        label: t('Unprotected'),
        meaning: t('No usable snapshot and no completed backup holds this VM.'),
      },
      stale: {
        label: t('Stale'),
        meaning: t('The newest usable snapshot or completed backup is older than the threshold.'),
      },
      unknown: {
        label: t('Unknown'),
        meaning: t(
          'Backups could not be read, and no recent snapshot protects this VM: a backup may exist.',
        ),
      },
      protected: {
        label: t('Protected'),
        meaning: t('A usable snapshot or completed backup is newer than the threshold.'),
      },
    }),
    [t],
  );
};
