import type { ReactNode } from 'react';

/**
 * The padding of PatternFly's PageSection, for a tab body that loads on every VM page view:
 * PageSection's module brings all of Page with it (drawer, focus trap: 12 KB gzip), which a tab
 * inside the console's own page never uses. The class is the one PageSection renders; the
 * console's PatternFly stylesheet styles it.
 */
export const TabSection = ({ children }: { children: ReactNode }) => (
  <section className="pf-v6-c-page__main-section">{children}</section>
);
