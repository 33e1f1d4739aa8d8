import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useParams } from 'react-router';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { ListPageHeader } from '../../sdk/components/ListPageHeader';
import { getGroupVersionKindForModel, useK8sModel } from '../../sdk/models';
import { useWatch } from '../useWatch';
import { NotFound } from './NotFound';
import { ResourceTable } from './ResourceTable';
import { usePluginResourcePage } from './usePluginResourcePage';

/** What the console passes a `console.page/resource/list` component. */
type ListPageProps = { namespace?: string; kind: string };

const GenericListPage = ({ model, ns }: { model: K8sModel; ns: string | undefined }) => {
  const { data, loaded, loadError } = useWatch<K8sResourceCommon[]>({
    groupVersionKind: getGroupVersionKindForModel(model),
    namespace: ns,
    isList: true,
  });
  return (
    <>
      <DocumentTitle>{model.labelPlural}</DocumentTitle>
      <ListPageHeader title={model.labelPlural} />
      <PageSection>
        <ResourceTable model={model} data={data} loaded={loaded} loadError={loadError} />
      </PageSection>
    </>
  );
};

/**
 * `/k8s/ns/<ns>/<ref>` and `/k8s/all-namespaces/<ref>`: a plugin's list page for the kind when
 * it has one (loaded on this visit), else every object of the kind (VM list included).
 */
export const ResourceListPage = () => {
  const { ns, ref } = useParams();
  const [model, inFlight] = useK8sModel(ref);
  const plugin = usePluginResourcePage<ListPageProps>('console.page/resource/list', model);
  if (!model) {
    return inFlight ? null : (
      <NotFound what={`The server doesn't have a resource type "${ref ?? ''}".`} />
    );
  }
  if (plugin.exists) {
    const { Page } = plugin;
    return Page ? <Page namespace={model.namespaced ? ns : undefined} kind={ref ?? ''} /> : null;
  }
  return <GenericListPage model={model} ns={ns} />;
};
