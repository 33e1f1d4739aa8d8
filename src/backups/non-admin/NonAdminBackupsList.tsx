import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { NonAdminBackupsTable } from './NonAdminBackupsTable';
import { SelfServiceSection } from './SelfServiceSection';
import type { NamespaceNonAdminBackups } from './useNamespaceNonAdminBackups';

type Props = NamespaceNonAdminBackups & { namespace: string };

/**
 * The Backups list for a namespace user (DESIGN §6 "Namespace users"): their NonAdminBackups in
 * the active project, instead of the Velero Backups they may not read.
 */
export const NonAdminBackupsList = ({ namespace, rows, loaded, error }: Props) => {
  const { t } = usePluginTranslation();
  return (
    <SelfServiceSection
      title={t('Backups of namespace {{namespace}} (OADP self-service)', { namespace })}
      loaded={loaded}
      {...(error ? { error } : {})}
      errorTitle={t('Backups could not be loaded')}
      data-test="non-admin-backups-list"
    >
      {rows.length === 0 ? (
        <EmptyState titleText={t('No backups yet')} headingLevel="h3" icon={CubesIcon}>
          <EmptyStateBody>
            {t('Back up a VM of {{namespace}} from its Backups tab.', { namespace })}
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <NonAdminBackupsTable
          rows={rows}
          ariaLabel={t('Backups of namespace {{namespace}}', { namespace })}
        />
      )}
    </SelfServiceSection>
  );
};
