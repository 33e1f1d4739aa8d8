import { Button, Tooltip } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { VMRef } from '../scope/productLabels';
import { useBackupWizardEntry } from './openBackupWizard';

type BackupWizardButtonProps = {
  label: string;
  vms?: VMRef[];
  schedule?: boolean;
  variant?: 'primary' | 'secondary';
  dataTest: string;
};

/** A link to the wizard; when the user may not create, it stays focusable and says why. */
export const BackupWizardButton = ({
  label,
  vms,
  schedule,
  variant = 'primary',
  dataTest,
}: BackupWizardButtonProps) => {
  const { t } = usePluginTranslation();
  const entry = useBackupWizardEntry({ vms, schedule });
  const reasonId = useId();
  const href = entry.href;
  const RouterLink = useMemo(() => (props: object) => <Link {...props} to={href} />, [href]);
  if (!entry.disabledReason)
    return (
      <Button
        variant={variant}
        component={RouterLink}
        isAriaDisabled={entry.loading}
        data-test={dataTest}
      >
        {label}
      </Button>
    );
  return (
    <>
      <Tooltip content={entry.disabledReason} aria="none">
        <Button variant={variant} isAriaDisabled aria-describedby={reasonId} data-test={dataTest}>
          {label}
        </Button>
      </Tooltip>
      <span id={reasonId} className="pf-v6-screen-reader" data-test={`${dataTest}-disabled-reason`}>
        {entry.disabledReason ?? t('Loading')}
      </span>
    </>
  );
};
