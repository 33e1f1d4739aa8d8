import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useHost } from '../../sdk/host-state';
import { getReferenceForModel, useK8sModel } from '../../sdk/models';
import { GenericDetailsPage } from './GenericDetailsPage';
import { NotFound } from './NotFound';

type DetailsPageProps = {
  namespace?: string;
  name: string;
  kind: string;
  kindObj: K8sModel;
  badge: null;
};
type DetailsExtension = {
  type: string;
  properties: {
    model: { group: string; version?: string; kind: string };
    component: ComponentType<DetailsPageProps>;
  };
};

/**
 * A `console.page/resource/details` for the model: exact group/version/kind first, then one
 * that names only group and kind (the console's lookup order).
 */
const useDetailsPage = (model: K8sModel | undefined) => {
  const { extensions } = useHost();
  return useMemo(() => {
    if (!model) {
      return undefined;
    }
    const pages = (extensions as unknown as DetailsExtension[]).filter(
      (e) =>
        e.type === 'console.page/resource/details' &&
        e.properties.model.group === (model.apiGroup ?? '') &&
        e.properties.model.kind === model.kind,
    );
    return (
      pages.find((e) => e.properties.model.version === model.apiVersion) ??
      pages.find((e) => !e.properties.model.version)
    )?.properties.component;
  }, [extensions, model]);
};

/** `/k8s/ns/<ns>/<ref>/<name>/*` and `/k8s/cluster/<ref>/<name>/*`. */
export const ResourceDetailsRoute = () => {
  const { ns, ref, name = '' } = useParams();
  const [model, inFlight] = useK8sModel(ref);
  const Page = useDetailsPage(model);
  if (!model) {
    return inFlight ? null : (
      <NotFound what={`The server doesn't have a resource type "${ref ?? ''}".`} />
    );
  }
  const namespace = model.namespaced ? ns : undefined;
  if (Page) {
    // The props the console's ResourceDetailsPage passes to a plugin details page.
    return (
      <Page
        namespace={namespace}
        name={name}
        kind={getReferenceForModel(model)}
        kindObj={model}
        badge={null}
      />
    );
  }
  return <GenericDetailsPage model={model} name={name} namespace={namespace} />;
};
