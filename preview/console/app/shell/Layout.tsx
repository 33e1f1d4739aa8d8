import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  Nav,
  NavItem,
  NavList,
  Page,
  PageSidebar,
  PageSidebarBody,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useActiveNamespace } from '../../sdk/namespace-flags';
import type { PreviewConfig } from '../preview-config';
import type { PreviewUser } from '../users';
import { UserSwitcher } from './UserSwitcher';

type Props = { config: PreviewConfig; user: PreviewUser; children: ReactNode };

const Sidebar = () => {
  const [namespace] = useActiveNamespace();
  const links = [
    ['VirtualMachines', 'kubevirt.io~v1~VirtualMachine'],
    ['VirtualMachineSnapshots', 'snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshot'],
  ];
  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Navigation">
          <NavList>
            {links.map(([label, ref]) => (
              <NavItem key={ref}>
                <NavLink to={`/k8s/ns/${namespace}/${ref ?? ''}`}>{label}</NavLink>
              </NavItem>
            ))}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
};

/** The console's frame: masthead with the user menu, navigation on the left. */
export const Layout = ({ config, user, children }: Props) => (
  <Page
    masthead={
      <Masthead>
        <MastheadMain>
          <MastheadBrand className="preview-brand">
            <span className="preview-brand__title">VM Data Protection</span>
            <span className="preview-brand__subtitle">preview console</span>
          </MastheadBrand>
        </MastheadMain>
        <MastheadContent>
          <Toolbar isFullHeight>
            <ToolbarContent>
              <ToolbarItem align={{ default: 'alignEnd' }}>
                <span className="preview-cluster" title={config.clusterURL}>
                  {config.cluster === 'local' ? 'Local cluster' : config.clusterURL}
                </span>
              </ToolbarItem>
              <ToolbarItem>
                {config.cluster === 'local' ? (
                  <UserSwitcher user={user} users={config.users} />
                ) : (
                  // A real cluster: every request carries PREVIEW_CLUSTER_TOKEN.
                  <span className="preview-cluster">Token user</span>
                )}
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
        </MastheadContent>
      </Masthead>
    }
    sidebar={<Sidebar />}
    isManagedSidebar
  >
    {children}
  </Page>
);
