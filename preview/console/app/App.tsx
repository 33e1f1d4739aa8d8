import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { OverlayProvider } from '../sdk/overlay';
import { NotFound } from './pages/NotFound';
import { activeRoutes, routePatterns } from './pages/plugin-routes';
import { PluginRoutePage } from './pages/PluginRoutePage';
import { ResourceDetailsRoute } from './pages/ResourceDetailsRoute';
import { ResourceListPage } from './pages/ResourceListPage';
import type { PreviewConfig } from './preview-config';
import { HostProvider, lastNamespace } from './shell/HostProvider';
import { Layout } from './shell/Layout';
import { NamespaceBar } from './shell/NamespaceBar';
import { PluginAlerts } from './shell/PluginAlerts';
import type { PreviewUser } from './users';

type Props = {
  config: PreviewConfig;
  user: PreviewUser;
  extensions: LoadedExtension[];
  hostFlags: Record<string, boolean>;
};

const WithNamespaceBar = ({ children }: { children: ReactNode }) => (
  <>
    <NamespaceBar />
    {children}
  </>
);

/**
 * The console's routes for resources, with the plugins' `console.page/route` pages (react-router
 * ranks the paths); everything a plugin adds hangs
 * off these. The page-level
 * Suspense is the console's: a plugin component that suspends without its own blanks the page.
 */
export const App = ({ config, user, extensions, hostFlags }: Props) => (
  <HostProvider extensions={extensions} defaultNamespace={config.defaultNamespace}>
    <OverlayProvider>
      <Layout config={config} user={user} hostFlags={hostFlags}>
        <PluginAlerts />
        <Suspense
          fallback={
            <Bullseye>
              <Spinner aria-label="Loading the page" />
            </Bullseye>
          }
        >
          <Routes>
            {activeRoutes(
              extensions,
              hostFlags.KUBEVIRT_DYNAMIC ? ['admin', 'virtualization-perspective'] : ['admin'],
            ).flatMap((route) =>
              routePatterns(route).map((pattern) => (
                <Route
                  key={`${route.uid}-${pattern}`}
                  path={pattern}
                  element={<PluginRoutePage route={route} />}
                />
              )),
            )}
            <Route
              path="/"
              element={
                <Navigate
                  replace
                  to={`/k8s/ns/${lastNamespace(config.defaultNamespace)}/kubevirt.io~v1~VirtualMachine`}
                />
              }
            />
            <Route
              path="/k8s/ns/:ns/:ref"
              element={
                <WithNamespaceBar>
                  <ResourceListPage />
                </WithNamespaceBar>
              }
            />
            <Route
              path="/k8s/ns/:ns/:ref/:name/*"
              element={
                <WithNamespaceBar>
                  <ResourceDetailsRoute />
                </WithNamespaceBar>
              }
            />
            <Route path="/k8s/all-namespaces/:ref" element={<ResourceListPage />} />
            <Route path="/k8s/all-namespaces/:ref/:name/*" element={<ResourceDetailsRoute />} />
            <Route path="/k8s/cluster/:ref/:name/*" element={<ResourceDetailsRoute />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </Layout>
    </OverlayProvider>
  </HostProvider>
);
