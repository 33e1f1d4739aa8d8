import { Button } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { backupWizardHref } from '../routes/wizardRoutes';

/** "Back up": the backup wizard with this VM preselected; the wizard picks non-admin mode. */
export const BackupWizardLink = ({ vm }: { vm: V1VirtualMachine }) => {
  const { t } = usePluginTranslation();
  const href = backupWizardHref({
    vms: [{ namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' }],
  });
  const RouterLink = useMemo(() => (props: object) => <Link {...props} to={href} />, [href]);
  return (
    <Button variant="primary" component={RouterLink} data-test="vm-back-up">
      {t('Back up')}
    </Button>
  );
};
