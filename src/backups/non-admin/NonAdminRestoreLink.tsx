import { Button, Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { restoreWizardHref } from '../routes/wizardRoutes';
import type { NonAdminBackupRow } from './nonAdminBackupRows';

/** A backup row's "Restore": the restore wizard with this backup (and VM, if any) preselected. */
export const NonAdminRestoreLink = ({
  vm,
  row,
}: {
  vm?: V1VirtualMachine;
  row: NonAdminBackupRow;
}) => {
  const { t } = usePluginTranslation();
  const href = restoreWizardHref({
    backup: row.name,
    vms: vm ? [{ namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' }] : [],
  });
  const RouterLink = useMemo(() => (props: object) => <Link {...props} to={href} />, [href]);
  const label = vm
    ? t('Restore {{vm}} from {{name}}', { vm: vm.metadata?.name, name: row.name })
    : t('Restore from {{name}}', { name: row.name });
  // As the wizard offers them (restorableNonAdminBackups): the controller refuses others.
  if (!row.status.restorable || row.nab.status?.phase !== 'Created')
    return (
      <Tooltip content={t('Only a Completed or PartiallyFailed backup can be restored.')}>
        <Button
          variant="secondary"
          size="sm"
          isAriaDisabled
          aria-label={label}
          data-test="nab-restore"
        >
          {t('Restore')}
        </Button>
      </Tooltip>
    );
  return (
    <Button
      variant="secondary"
      size="sm"
      component={RouterLink}
      aria-label={label}
      data-test="nab-restore"
    >
      {t('Restore')}
    </Button>
  );
};
