import type { BackupWizardEntry } from '@backups/wizard/openBackupWizard';
import { backupWizardHref } from '@backups/routes/wizardRoutes';
import type { VMRef } from '@backups/scope/productLabels';
import { Button, Flex, Tooltip } from '@patternfly/react-core';
import { useMemo } from 'react';
import { Link } from 'react-router';

export type WizardEntries = { backup: BackupWizardEntry; schedule: BackupWizardEntry };

type Props = { vm: VMRef; entries: WizardEntries; labels: { backup: string; schedule: string } };

type WizardLinkProps = { label: string; href: string; entry: BackupWizardEntry; dataTest: string };

const WizardLink = ({ label, href, entry, dataTest }: WizardLinkProps) => {
  const RouterLink = useMemo(() => (props: object) => <Link {...props} to={href} />, [href]);
  if (entry.disabledReason)
    return (
      <Tooltip content={entry.disabledReason}>
        <Button
          variant="link"
          isInline
          isAriaDisabled
          className="pf-v6-u-text-nowrap"
          data-test={dataTest}
        >
          {label}
        </Button>
      </Tooltip>
    );
  return (
    <Button
      variant="link"
      isInline
      isAriaDisabled={entry.loading}
      className="pf-v6-u-text-nowrap"
      component={RouterLink}
      data-test={dataTest}
    >
      {label}
    </Button>
  );
};

/**
 * A row's way to fix it: the backup wizard with this VM preselected, as a backup or as a
 * schedule. Access is reviewed once for the page (`entries`), never per row.
 */
export const CoverageRowActions = ({ vm, entries, labels }: Props) => (
  // Stacked, each on one line: the table fits 1280 px with the console's navigation.
  <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsXs' }}>
    <WizardLink
      label={labels.backup}
      href={backupWizardHref({ vms: [vm] })}
      entry={entries.backup}
      dataTest="coverage-back-up"
    />
    <WizardLink
      label={labels.schedule}
      href={backupWizardHref({ vms: [vm], schedule: true })}
      entry={entries.schedule}
      dataTest="coverage-create-schedule"
    />
  </Flex>
);
