import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import type { ComponentProps, ComponentType } from 'react';
import { Suspense, useMemo } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { translateLabel } from '../extension-label';
import { useHost } from '../host-state';
import { useResolvedExtensionList } from '../lazy-extensions';
import { getGroupVersionKindForResource } from '../models';
import { DocumentTitle } from './DocumentTitle';
import { ErrorBoundary } from './ErrorBoundary';
import { NavTabs, useActiveTabName } from './NavTabs';

export type TabPage = {
  href: string;
  name: string;
  component: ComponentType<Record<string, unknown>>;
};
type TabExtension = LoadedExtension & {
  properties: {
    model: { group?: string; version: string; kind: string };
    page: { name: string; href: string };
    component: ComponentType<Record<string, unknown>>;
  };
};

/**
 * `console.tab/horizontalNav` extensions whose model is exactly the resource's
 * group/version/kind, their code loaded (every tab's module loads on every view, as in the
 * console). Empty until all have loaded.
 */
export const useTabExtensions = (resource: K8sResourceCommon | undefined): TabPage[] => {
  const { extensions } = useHost();
  const matching = useMemo(() => {
    if (!resource) {
      return [];
    }
    const gvk = getGroupVersionKindForResource(resource);
    return extensions.filter(
      (e) =>
        e.type === 'console.tab/horizontalNav' &&
        ((e as TabExtension).properties.model.group ?? '') === (gvk.group ?? '') &&
        (e as TabExtension).properties.model.version === gvk.version &&
        (e as TabExtension).properties.model.kind === gvk.kind,
    );
  }, [extensions, resource]);
  const [resolved] = useResolvedExtensionList<TabExtension>(matching);
  return useMemo(
    () =>
      resolved
        .filter((e) => typeof e.properties.component === 'function')
        .map((e) => ({
          href: e.properties.page.href,
          name: translateLabel(e.properties.page.name),
          component: e.properties.component,
        })),
    [resolved],
  );
};

const TabLoading = () => (
  <Bullseye>
    <Spinner aria-label="Loading the tab" />
  </Bullseye>
);

/**
 * The console's HorizontalNav on a plugin's details page (console-runtime.md §8): the given
 * pages, then other plugins' tabs for the kind sorted by name; exact tab routes; each tab in
 * an error boundary and Suspense; the document title "name · Kind · Tab".
 */
export const HorizontalNav = ({
  resource,
  pages,
  customData,
}: ComponentProps<typeof SDK.HorizontalNav>) => {
  const pluginPages = useTabExtensions(resource);
  const all = useMemo(
    () => [
      ...(pages as unknown as TabPage[]),
      ...[...pluginPages].sort((a, b) => a.name.localeCompare(b.name)),
    ],
    [pages, pluginPages],
  );
  const params = useParams();
  const tabName = useActiveTabName(all);
  const obj = resource;
  return (
    <>
      {obj?.metadata?.name && tabName ? (
        <DocumentTitle>{`${obj.metadata.name} · ${obj.kind ?? ''} · ${tabName}`}</DocumentTitle>
      ) : null}
      <NavTabs tabs={all}>
        <Routes>
          {all.map(({ href, component: Component }) => (
            <Route
              key={href}
              path={href}
              element={
                <ErrorBoundary>
                  <Suspense fallback={<TabLoading />}>
                    <Component obj={resource} loaded params={params} customData={customData} />
                  </Suspense>
                </ErrorBoundary>
              }
            />
          ))}
        </Routes>
      </NavTabs>
    </>
  );
};
