import { Button, Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { Link } from 'react-router';
import type { VMRef } from '../../scope/productLabels';
import { restoreWizardHref } from '../../routes/wizardRoutes';
import { useMayRestore } from './useMayRestore';

/** "Restore this VM" on the VM Backups tab: the wizard with this VM preselected. */
export const RestoreThisVMButton = ({ vm, hasBackups }: { vm: VMRef; hasBackups: boolean }) => {
  const { t } = usePluginTranslation();
  const may = useMayRestore();
  const reason = !may.allowed
    ? may.reason
    : !hasBackups
      ? t('No backup holds this VM.')
      : undefined;
  if (reason || may.loading)
    return (
      <Tooltip content={reason ?? t('Loading')}>
        <Button variant="secondary" isAriaDisabled data-test="restore-this-vm">
          {t('Restore this VM')}
        </Button>
      </Tooltip>
    );
  return (
    <Button
      variant="secondary"
      component={(props: object) => <Link {...props} to={restoreWizardHref({ vms: [vm] })} />}
      data-test="restore-this-vm"
    >
      {t('Restore this VM')}
    </Button>
  );
};
