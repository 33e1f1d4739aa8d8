import type { Browser } from '@playwright/test';
import { measurePageJS } from './measure';

const BACKUP_WIZARD_PATH = '/data-protection/backups/~new';

/**
 * The plugin JS a cold visit to the backup wizard fetches (issue 12 "Done when": the wizard's
 * code is its own chunk, loaded only when it is opened), printed next to the other pages.
 */
export const measureBackupWizardJS = async (browser: Browser, baseURL: string) => {
  const { js } = await measurePageJS(
    browser,
    `${baseURL}${BACKUP_WIZARD_PATH}`,
    '[data-test="backup-wizard"]',
  );
  console.log(
    `Backup wizard page: ${js.files} plugin JS files, ${js.rawKB.toFixed(1)} KB raw, ${js.gzipKB.toFixed(1)} KB gzip`,
  );
  return js;
};
