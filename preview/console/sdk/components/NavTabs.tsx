import { Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

export type NavTab = { href: string; name: string };

/** The id of the one panel every tab controls (a tab's aria-controls must name an element). */
const PANEL_ID = 'preview-horizontal-nav-panel';

/**
 * Link tabs under a details page and the panel showing the active one. The tab is what the
 * page's route leaves unmatched (its splat); the rest is the page's own URL.
 */
export const NavTabs = ({ tabs, children }: { tabs: NavTab[]; children: ReactNode }) => {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const rest = useParams()['*'] ?? '';
  const base = pathname.slice(0, pathname.length - rest.length).replace(/\/$/, '');
  const active = tabs.find((p) => p.href && rest === p.href)?.href ?? '';
  const activeTab = `preview-tab-${active || 'default'}`;
  // As the console's NavBar (horizontal-nav.tsx), the tab bar sits in a block of its own.
  return (
    <>
      <div>
        <Tabs
          activeKey={active}
          onSelect={(event, key) => {
            event.preventDefault();
            void navigate(key ? `${base}/${String(key)}` : base);
          }}
          className="preview-horizontal-nav"
          aria-label="Details tabs"
          data-test="horizontal-link"
        >
          {tabs.map((page) => (
            <Tab
              key={page.href}
              id={`preview-tab-${page.href || 'default'}`}
              eventKey={page.href}
              href={page.href ? `${base}/${page.href}` : base}
              tabContentId={PANEL_ID}
              title={<TabTitleText>{page.name}</TabTitleText>}
              data-test-id={`horizontal-link-${page.name}`}
            />
          ))}
        </Tabs>
      </div>
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={activeTab}>
        {children}
      </div>
    </>
  );
};

/** The tab name a URL shows (for the document title). */
export const useActiveTabName = (tabs: NavTab[]) => {
  const rest = useParams()['*'] ?? '';
  return tabs.find((p) => (p.href || '') === rest)?.name;
};
