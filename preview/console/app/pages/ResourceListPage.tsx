import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useParams } from 'react-router';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { ListPageHeader } from '../../sdk/components/ListPageHeader';
import { getGroupVersionKindForModel, useK8sModel } from '../../sdk/models';
import { useWatch } from '../useWatch';
import { NotFound } from './NotFound';
import { ResourceTable } from './ResourceTable';

/** `/k8s/ns/<ns>/<ref>`: every object of one kind in the namespace (VM list included). */
export const ResourceListPage = () => {
  const { ns, ref } = useParams();
  const [model, inFlight] = useK8sModel(ref);
  const { data, loaded, loadError } = useWatch<K8sResourceCommon[]>(
    model
      ? { groupVersionKind: getGroupVersionKindForModel(model), namespace: ns, isList: true }
      : null,
  );
  if (!model) {
    return inFlight ? null : (
      <NotFound what={`The server doesn't have a resource type "${ref ?? ''}".`} />
    );
  }
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
