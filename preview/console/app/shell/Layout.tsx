import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  Label,
  Nav,
  NavItem,
  NavList,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { clearHostFlags } from '../host-flags';
import { useActiveNamespace } from '../../sdk/namespace-flags';
import type { PreviewConfig } from '../preview-config';
import type { PreviewUser } from '../users';
import { PluginNav } from './PluginNav';
import { UserSwitcher } from './UserSwitcher';

type Props = {
  config: PreviewConfig;
  user: PreviewUser;
  hostFlags: Record<string, boolean>;
  children: ReactNode;
};

/** kubevirt-plugin mode is visible in the masthead, with the way back. */
const HostFlagsLabel = ({ hostFlags }: { hostFlags: Record<string, boolean> }) =>
  hostFlags.KUBEVIRT_DYNAMIC ? (
    <Label
      color="purple"
      data-test="kubevirt-plugin-mode"
      onClose={clearHostFlags}
      closeBtnAriaLabel="Leave kubevirt-plugin mode"
    >
      kubevirt-plugin mode (KUBEVIRT_DYNAMIC)
    </Label>
  ) : null;

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
            <PluginNav />
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
};

/** The console's frame: masthead with the user menu, navigation on the left. */
export const Layout = ({ config, user, hostFlags, children }: Props) => (
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
                <HostFlagsLabel hostFlags={hostFlags} />
              </ToolbarItem>
              <ToolbarItem>
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
    {/* The console's #content-scrollable (app-contents.tsx): pages are laid out inside this
        section, not as flex items of the page's main, which would squeeze some of them (a
        details page's tab bar, overflow hidden, down to no height under tall content). */}
    <PageSection
      isFilled
      hasBodyWrapper={false}
      padding={{ default: 'noPadding' }}
      className="pf-v6-u-flex-shrink-1 preview-content"
      id="content-scrollable"
    >
      {children}
    </PageSection>
  </Page>
);
