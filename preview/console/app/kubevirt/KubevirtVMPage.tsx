import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { useTabExtensions } from '../../sdk/components/HorizontalNav';
import type { TabPage } from '../../sdk/components/HorizontalNav';
import { NavTabs } from '../../sdk/components/NavTabs';
import { getGroupVersionKindForModel } from '../../sdk/models';
import { describeError } from '../plugin/problems';
import { DetailsHeader } from '../pages/DetailsHeader';
import { useWatch } from '../useWatch';
import { KUBEVIRT_OWN_TABS } from './OwnTabs';

type Props = { model: K8sModel; name: string; namespace?: string };

/** kubevirt-plugin's StateHandler: the VM watch's error or loading state replaces the tab. */
const StateHandler = ({
  loaded,
  error,
  children,
}: {
  loaded: boolean;
  error: unknown;
  children: ReactNode;
}) => {
  if (error) {
    return (
      <PageSection>
        <Alert
          isInline
          variant="danger"
          title="Error loading VirtualMachine"
          data-test="kubevirt-state-error"
        >
          {describeError(error)}
        </Alert>
      </PageSection>
    );
  }
  return loaded ? (
    children
  ) : (
    <Bullseye>
      <Spinner aria-label="Loading" />
    </Bullseye>
  );
};

/**
 * The VM details page as kubevirt-plugin draws it (console-runtime.md §1): its own tabs plus
 * every `console.tab/horizontalNav` for the VM, each routed at exactly its `href`, given
 * `{obj, params, instanceTypeExpandedSpec}`, with NO Suspense and NO error boundary around it
 * (an error thrown in a plugin's tab takes this whole page down, as there).
 */
export const KubevirtVMPage = ({ model, name, namespace }: Props) => {
  const gvk = getGroupVersionKindForModel(model);
  const {
    data: vm,
    loaded,
    loadError,
  } = useWatch<K8sResourceCommon>({ groupVersionKind: gvk, name, namespace });
  const pluginTabs = useTabExtensions(vm ?? undefined);
  const tabs = useMemo<TabPage[]>(() => [...KUBEVIRT_OWN_TABS, ...pluginTabs], [pluginTabs]);
  const params = useParams();
  return (
    <>
      <DocumentTitle>{`${name} · VirtualMachine details`}</DocumentTitle>
      <DetailsHeader
        model={model}
        name={name}
        namespace={namespace}
        obj={vm}
        listLabel="VirtualMachines"
        data-test="kubevirt-vm-page"
      />
      <NavTabs tabs={tabs}>
        <StateHandler loaded={loaded && !!vm?.metadata} error={loadError}>
          <Routes>
            {tabs.map(({ href, component: Component }) => (
              <Route
                key={href}
                path={href}
                element={<Component obj={vm} params={params} instanceTypeExpandedSpec={null} />}
              />
            ))}
          </Routes>
        </StateHandler>
      </NavTabs>
    </>
  );
};
