import { NavExpandable, NavItem } from '@patternfly/react-core';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { NavLink } from 'react-router';
import { translateLabel } from '../../sdk/extension-label';
import { useHost } from '../../sdk/host-state';
import { kubevirtPluginEnabled } from '../plugin/host-plugins';

type NavProps = {
  id: string;
  name?: string;
  href?: string;
  section?: string;
  perspective?: string;
};
type NavExtension = LoadedExtension & { properties: NavProps };

/**
 * `console.navigation/section` and `/href` as the console's admin perspective draws them. In
 * kubevirt-plugin mode its `virtualization` section (which kubevirt-plugin provides in the
 * Virtualization perspective, research/console-plugin-style.md §7.4) is drawn here too.
 */
export const PluginNav = () => {
  const { extensions } = useHost();
  const kubevirtPlugin = kubevirtPluginEnabled();
  const nav = (extensions as NavExtension[]).filter((e) =>
    e.type.startsWith('console.navigation/'),
  );
  const perspectives = kubevirtPlugin ? ['admin', 'virtualization-perspective'] : ['admin'];
  const shown = nav.filter((e) => perspectives.includes(e.properties.perspective ?? 'admin'));
  const sections = [
    ...shown.filter((e) => e.type === 'console.navigation/section').map((e) => e.properties),
    ...(kubevirtPlugin ? [{ id: 'virtualization', name: 'Virtualization' }] : []),
  ];
  const links = (section: string) =>
    shown
      .filter((e) => e.type === 'console.navigation/href' && e.properties.section === section)
      .map((e) => (
        <NavItem key={e.properties.id} data-test={`nav-${e.properties.id}`}>
          <NavLink to={e.properties.href ?? '/'}>{translateLabel(e.properties.name ?? '')}</NavLink>
        </NavItem>
      ));
  return (
    <>
      {sections.map((section) => {
        const items = links(section.id);
        return items.length > 0 ? (
          <NavExpandable
            key={section.id}
            title={translateLabel(section.name ?? section.id)}
            isExpanded
            data-test={`nav-section-${section.id}`}
          >
            {items}
          </NavExpandable>
        ) : null;
      })}
    </>
  );
};
