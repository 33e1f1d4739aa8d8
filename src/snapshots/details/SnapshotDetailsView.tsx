import { DocumentTitle, HorizontalNav } from '@openshift-console/dynamic-plugin-sdk';
import type { NavPage } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { StaleDataAlert } from '@shared/components/StaleDataAlert';
import { ResourceMissing } from '@shared/components/ResourceMissing';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { errorCode } from '@shared/k8s/errorMessage';
import { useMemo } from 'react';
import { SnapshotDetailsContext } from './SnapshotDetailsContext';
import { SnapshotDetailsTab } from './SnapshotDetailsTab';
import { SnapshotPageHeader } from './SnapshotPageHeader';
import { SnapshotYAMLTab } from './SnapshotYAMLTab';
import type { SnapshotDetailsData } from './useSnapshotDetails';

/** Loading, missing, failed, or the page with its Details and YAML tabs. */
export const SnapshotDetailsView = ({ data }: { data: SnapshotDetailsData }) => {
  const { t } = usePluginTranslation();
  const pages = useMemo<NavPage[]>(
    () => [
      { href: '', name: t('Details'), component: SnapshotDetailsTab },
      { href: 'yaml', name: t('YAML'), component: SnapshotYAMLTab },
    ],
    [t],
  );
  const { snapshot, error, loaded, deleted } = data;
  const title = (
    <DocumentTitle>{t('{{name}} · VirtualMachineSnapshot', { name: data.name })}</DocumentTitle>
  );
  if (snapshot) {
    return (
      <SnapshotDetailsContext.Provider value={{ ...data, snapshot }}>
        {title}
        <SnapshotPageHeader snapshot={snapshot} />
        {error && (
          <PageSection>
            <StaleDataAlert title={t('This snapshot may be out of date')} error={error} />
          </PageSection>
        )}
        <HorizontalNav resource={snapshot} pages={pages} />
      </SnapshotDetailsContext.Provider>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  }
  return (
    <ResourceMissing
      notFound={deleted || !error || errorCode(error) === 404}
      notFoundTitle={t('Snapshot not found')}
      notFoundBody={t(
        'The snapshot {{name}} does not exist in {{namespace}}; it may have been deleted.',
        { name: data.name, namespace: data.namespace },
      )}
      failedTitle={t('The snapshot could not be loaded')}
      error={error}
      documentTitle={title}
      data-test="snapshot-missing"
    />
  );
};
