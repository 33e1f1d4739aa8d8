import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { ResourceMissing } from '@shared/components/ResourceMissing';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { errorCode, isForbidden } from '@shared/k8s/errorMessage';
import { RestoresManagedByAdmin } from '../../list/BackupsEmptyStates';

type Props = { name: string; namespace: string; deleted: boolean; error?: Error };

/** A Restore's page without the Restore: loading, gone, not readable by this user, or failed. */
export const RestoreMissing = ({ name, namespace, deleted, error }: Props) => {
  const { t } = usePluginTranslation();
  const title = <DocumentTitle>{t('{{name}} · Restore', { name })}</DocumentTitle>;
  if (!deleted && !error)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  // A namespace user following a link: who manages restores, never the raw 403.
  if (isForbidden(error))
    return (
      <PageSection>
        {title}
        <RestoresManagedByAdmin namespace={namespace} />
      </PageSection>
    );
  return (
    <ResourceMissing
      notFound={deleted || errorCode(error) === 404}
      notFoundTitle={t('Restore not found')}
      notFoundBody={t(
        'The restore {{name}} does not exist in {{namespace}}; it may have been deleted.',
        { name, namespace },
      )}
      failedTitle={t('Restore {{name}} could not be loaded', { name })}
      {...(error ? { error } : {})}
      documentTitle={title}
      data-test="restore-missing"
    />
  );
};
