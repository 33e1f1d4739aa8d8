import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

const FAILING = ['serious', 'critical'];
const DIALOG = '[role="dialog"]';

/**
 * Runs axe on the page (or only inside `scope`, e.g. an open modal) and fails on any serious or
 * critical violation, listing rule, impact, help and the offending elements. Every rule is
 * checked everywhere, the preview console's own frame included (issue 10 part 4).
 * Called by the specs at the moment a page or modal is showing, so axe sees what they open
 * without a separate walk through the product.
 */
export const expectAccessible = async (page: Page, what: string, scope?: string) => {
  const builder = scope ? new AxeBuilder({ page }).include(scope) : new AxeBuilder({ page });
  const { violations } = await builder.analyze();
  const failing = violations
    .filter((v) => FAILING.includes(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(failing, `serious or critical accessibility violations in ${what}`).toEqual([]);
};

/** An open modal: focus has moved into it, and axe finds nothing serious inside it. */
export const expectAccessibleModal = async (dialog: Locator, what: string) => {
  await expect(dialog).toBeVisible();
  await expect
    .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
      message: `focus is inside ${what}`,
    })
    .toBe(true);
  await expectAccessible(dialog.page(), what, DIALOG);
};

/** Runs axe on each of a details page's `tabs`, opened by its name in the tab bar. */
export const expectAccessibleTabs = async (page: Page, what: string, tabs: string[]) => {
  for (const name of tabs) {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page, `${what}, tab ${name}`);
  }
};
