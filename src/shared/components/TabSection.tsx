import type { ReactNode } from 'react';

/**
 * The padding of PatternFly's PageSection, for a tab body that loads on every VM page view:
 * PageSection's module brings all of Page with it (drawer, focus trap: 12 KB gzip), which a tab
 * inside the console's own page never uses. The classes are the ones PageSection renders (with
 * its body wrapper: the section is a grid, which would stretch a lone button to full width); the
 * console's PatternFly stylesheet styles them.
 */
export const TabSection = ({ children }: { children: ReactNode }) => (
  <section className="pf-v6-c-page__main-section">
    <div className="pf-v6-c-page__main-body">{children}</div>
  </section>
);
