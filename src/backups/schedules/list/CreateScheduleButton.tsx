import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { BackupWizardButton } from '../../wizard/BackupWizardButton';

/**
 * "Create schedule": the backup wizard as a schedule. Like every wizard entry point, without
 * access it stays (disabled, focusable) and says why next to it, not only in a tooltip.
 */
export const CreateScheduleButton = () => {
  const { t } = usePluginTranslation();
  return <BackupWizardButton label={t('Create schedule')} schedule dataTest="create-schedule" />;
};
