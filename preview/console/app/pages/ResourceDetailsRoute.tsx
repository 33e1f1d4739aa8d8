import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useParams } from 'react-router';
import { kubevirtPluginEnabled } from '../plugin/host-plugins';
import { getReferenceForModel, useK8sModel } from '../../sdk/models';
import { KubevirtVMPage } from '../kubevirt/KubevirtVMPage';
import { GenericDetailsPage } from './GenericDetailsPage';
import { usePluginResourcePage } from './usePluginResourcePage';
import { NotFound } from './NotFound';

type DetailsPageProps = {
  namespace?: string;
  name: string;
  kind: string;
  kindObj: K8sModel;
  badge: null;
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
  const details = usePluginResourcePage<DetailsPageProps>('console.page/resource/details', model);
  const kubevirtPlugin = kubevirtPluginEnabled();
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
