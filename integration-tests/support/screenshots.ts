import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * Saves a README screenshot (docs/screenshots/<file>) of the page, or of one element.
 * Animations are stopped so repeated runs give the same picture.
 */
export const saveReadmeScreenshot = async (page: Page, file: string, element?: Locator) => {
  const options = { path: join(DIR, file), animations: 'disabled' as const, scale: 'css' as const };
  await (element ? element.screenshot(options) : page.screenshot(options));
};
