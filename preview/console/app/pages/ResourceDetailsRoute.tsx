import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useHost, useFlags } from '../../sdk/host-state';
import { useResolvedExtensionList } from '../../sdk/lazy-extensions';
import { getReferenceForModel, useK8sModel } from '../../sdk/models';
import { KubevirtVMPage } from '../kubevirt/KubevirtVMPage';
import { GenericDetailsPage } from './GenericDetailsPage';
import { NotFound } from './NotFound';

type DetailsPageProps = {
  namespace?: string;
  name: string;
  kind: string;
  kindObj: K8sModel;
  badge: null;
};
type DetailsExtension = LoadedExtension & {
  properties: {
    model: { group: string; version?: string; kind: string };
    component: ComponentType<DetailsPageProps>;
  };
};

/**
 * A `console.page/resource/details` for the model: exact group/version/kind first, then one
 * that names only group and kind (the console's lookup order). Its code loads on this visit.
 */
const useDetailsPage = (model: K8sModel | undefined) => {
  const { extensions } = useHost();
  const page = useMemo(() => {
    if (!model) {
      return [];
    }
    const pages = (extensions as DetailsExtension[]).filter(
      (e) =>
        e.type === 'console.page/resource/details' &&
        e.properties.model.group === (model.apiGroup ?? '') &&
        e.properties.model.kind === model.kind,
    );
    const found =
      pages.find((e) => e.properties.model.version === model.apiVersion) ??
      pages.find((e) => !e.properties.model.version);
    return found ? [found] : [];
  }, [extensions, model]);
  const [resolved, done] = useResolvedExtensionList<DetailsExtension>(page);
  return { exists: page.length > 0, Page: resolved[0]?.properties.component, done };
};

const isVM = (model: K8sModel) =>
  model.apiGroup === 'kubevirt.io' && model.kind === 'VirtualMachine';

/**
 * `/k8s/ns/<ns>/<ref>/<name>/*`, `/k8s/all-namespaces/<ref>/<name>/*` (no namespace is passed,
 * as in the console) and `/k8s/cluster/<ref>/<name>/*`.
 */
export const ResourceDetailsRoute = () => {
  const { ns, ref, name: encoded = '' } = useParams();
  const name = decodeURIComponent(encoded);
  const [model, inFlight] = useK8sModel(ref);
  const details = useDetailsPage(model);
  const kubevirtPlugin = useFlags().KUBEVIRT_DYNAMIC === true;
  if (!model) {
    return inFlight ? null : (
      <NotFound what={`The server doesn't have a resource type "${ref ?? ''}".`} />
    );
  }
  const namespace = model.namespaced ? ns : undefined;
  if (kubevirtPlugin && isVM(model)) {
    // kubevirt-plugin draws the VM page in a real OpenShift Virtualization cluster.
    return <KubevirtVMPage model={model} name={name} namespace={namespace} />;
  }
  if (details.exists) {
    const { Page } = details;
    if (!Page) {
      // Still loading, or it failed (the alert above names it; the console shows nothing).
      return details.done ? null : (
        <Bullseye>
          <Spinner aria-label="Loading the page" />
        </Bullseye>
      );
    }
    // The props the console's ResourceDetailsPage passes to a plugin details page.
    return (
      <Page
        {...(namespace ? { namespace } : {})}
        name={name}
        kind={getReferenceForModel(model)}
        kindObj={model}
        badge={null}
      />
    );
  }
  return <GenericDetailsPage model={model} name={name} namespace={namespace} />;
};
