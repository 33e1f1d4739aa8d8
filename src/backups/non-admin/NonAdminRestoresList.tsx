import { Alert, Bullseye, Spinner, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { NonAdminRestores } from './NonAdminRestores';
import type { NamespaceNonAdminRestores } from './useNamespaceNonAdminRestores';

type Props = NamespaceNonAdminRestores & { namespace: string };

/** The Restores list for a namespace user: their NonAdminRestores in the active project. */
export const NonAdminRestoresList = ({ namespace, restores, loaded, error }: Props) => {
  const { t } = usePluginTranslation();
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <div data-test="non-admin-restores-list">
      <Title headingLevel="h2" size="lg" className="pf-v6-u-mb-sm">
        {t('Restores of namespace {{namespace}} (OADP self-service)', { namespace })}
      </Title>
      {error && (
        <Alert variant="danger" isInline title={t('Restores could not be loaded')}>
          {error.message}
        </Alert>
      )}
      {!error && restores.length === 0 ? (
        <p data-test="no-restores">
          {t('No restores yet. Restore a VM of {{namespace}} from its Backups tab.', { namespace })}
        </p>
      ) : (
        <NonAdminRestores restores={restores} heading={false} />
      )}
    </div>
  );
};
