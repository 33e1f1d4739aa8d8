import type { Extension } from '@openshift/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { OverlayProvider } from '../sdk/overlay';
import { NotFound } from './pages/NotFound';
import { ResourceDetailsRoute } from './pages/ResourceDetailsRoute';
import { ResourceListPage } from './pages/ResourceListPage';
import type { PluginProblem } from './plugin/problems';
import type { PreviewConfig } from './preview-config';
import { HostProvider, lastNamespace } from './shell/HostProvider';
import { Layout } from './shell/Layout';
import { NamespaceBar } from './shell/NamespaceBar';
import { PluginAlerts } from './shell/PluginAlerts';
import type { PreviewUser } from './users';

type Props = {
  config: PreviewConfig;
  user: PreviewUser;
  extensions: Extension[];
  problems: PluginProblem[];
};

const WithNamespaceBar = ({ children }: { children: ReactNode }) => (
  <>
    <NamespaceBar />
    {children}
  </>
);

/** The console's routes for resources; everything a plugin adds hangs off these. */
export const App = ({ config, user, extensions, problems }: Props) => (
  <HostProvider extensions={extensions} defaultNamespace={config.defaultNamespace}>
    <OverlayProvider>
      <Layout config={config} user={user}>
        <PluginAlerts problems={problems} />
        <Routes>
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
          <Route path="/k8s/cluster/:ref/:name/*" element={<ResourceDetailsRoute />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </OverlayProvider>
  </HostProvider>
);
