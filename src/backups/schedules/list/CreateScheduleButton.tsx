import { Button, Tooltip } from '@patternfly/react-core';
import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { Link } from 'react-router';
import { ScheduleModel } from '../../k8s/models';
import { backupWizardHref } from '../../routes/wizardRoutes';

/** "Create schedule": the backup wizard as a schedule; disabled, with why, without access. */
export const CreateScheduleButton = ({ namespace }: { namespace: string }) => {
  const { t } = usePluginTranslation();
  const access = useAccess(ScheduleModel, 'create', namespace);
  if (access.allowed)
    return (
      <Button
        variant="primary"
        component={(props) => <Link {...props} to={backupWizardHref({ schedule: true })} />}
        data-test="create-schedule"
      >
        {t('Create schedule')}
      </Button>
    );
  const reason = access.loading
    ? t('Checking permissions…')
    : t('You may not create Schedules in {{namespace}}.', { namespace });
  return (
    <Tooltip content={reason}>
      <Button variant="primary" isAriaDisabled data-test="create-schedule">
        {t('Create schedule')}
      </Button>
    </Tooltip>
  );
};
