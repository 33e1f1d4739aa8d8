import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { NonAdminRestores } from './NonAdminRestores';
import { SelfServiceSection } from './SelfServiceSection';
import type { NamespaceNonAdminRestores } from './useNamespaceNonAdminRestores';

type Props = NamespaceNonAdminRestores & { namespace: string };

/** The Restores list for a namespace user: their NonAdminRestores in the active project. */
export const NonAdminRestoresList = ({ namespace, restores, loaded, error }: Props) => {
  const { t } = usePluginTranslation();
  return (
    <SelfServiceSection
      title={t('Restores of namespace {{namespace}} (OADP self-service)', { namespace })}
      loaded={loaded}
      {...(error ? { error } : {})}
      errorTitle={t('Restores could not be loaded')}
      data-test="non-admin-restores-list"
    >
      {restores.length === 0 ? (
        <p data-test="no-restores">
          {t('No restores yet. Restore a VM of {{namespace}} from its Backups tab.', { namespace })}
        </p>
      ) : (
        <NonAdminRestores restores={restores} heading={false} />
      )}
    </SelfServiceSection>
  );
};
