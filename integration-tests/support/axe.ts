import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The preview console's own tab bar sets aria-controls to panels it never renders (host side,
 * fixed on the console-fidelity branch, issue 9). Until that is merged, that one rule is not
 * checked on that one element; it is checked everywhere else, and every other rule there too.
 */
const HOST_TAB_BAR = '.preview-horizontal-nav';
const HOST_RULE = 'aria-valid-attr-value';

const FAILING = ['serious', 'critical'];

/**
 * Runs axe on the page (or only inside `scope`, e.g. an open modal) and fails on any serious or
 * critical violation, listing rule, impact, help and the offending elements.
 */
export const expectAccessible = async (page: Page, what: string, scope?: string) => {
  const builder = () =>
    scope ? new AxeBuilder({ page }).include(scope) : new AxeBuilder({ page });
  const everyOtherRule = await builder().disableRules([HOST_RULE]).analyze();
  const hostRule = await builder().withRules([HOST_RULE]).exclude(HOST_TAB_BAR).analyze();
  const failing = [...everyOtherRule.violations, ...hostRule.violations]
    .filter((v) => FAILING.includes(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(failing, `serious or critical accessibility violations in ${what}`).toEqual([]);
};
