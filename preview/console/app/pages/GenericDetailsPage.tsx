import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { HorizontalNav } from '../../sdk/components/HorizontalNav';
import { ResourceYAMLEditor } from '../../sdk/components/ResourceYAMLEditor';
import { HttpError } from '../../sdk/http-error';
import { getGroupVersionKindForModel } from '../../sdk/models';
import { useWatch } from '../useWatch';
import { describeError } from '../plugin/problems';
import { DetailsTab } from './DetailsTab';
import { NotFound } from './NotFound';
import { DetailsHeader } from './DetailsHeader';

type Props = { model: K8sModel; name: string; namespace?: string };

const YAMLTab = ({ obj }: { obj: K8sResourceCommon }) => (
  <ResourceYAMLEditor initialResource={obj} hideHeader />
);

/** Header with actions, then Details, YAML and the plugins' tabs for this model. */
export const GenericDetailsPage = ({ model, name, namespace }: Props) => {
  const gvk = getGroupVersionKindForModel(model);
  const {
    data: obj,
    loaded,
    loadError,
  } = useWatch<K8sResourceCommon>({
    groupVersionKind: gvk,
    name,
    namespace,
  });
  const pages = useMemo(
    () => [
      // NavPage components get `obj` from HorizontalNav; the SDK types them without props.
      { href: '', name: 'Details', component: DetailsTab as ComponentType },
      { href: 'yaml', name: 'YAML', component: YAMLTab as ComponentType },
    ],
    [],
  );
  if (loadError instanceof HttpError && loadError.code === 404) {
    return <NotFound what={`${model.kind} "${name}" not found.`} />;
  }
  if (loadError) {
    return (
      <PageSection>
        <Alert isInline variant="danger" title={`Could not load ${model.kind} ${name}`}>
          {describeError(loadError)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded || !obj?.metadata) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  return (
    <>
      <DocumentTitle>{`${name} · Details`}</DocumentTitle>
      <DetailsHeader model={model} name={name} namespace={namespace} obj={obj} />
      <HorizontalNav resource={obj} pages={pages} />
    </>
  );
};
