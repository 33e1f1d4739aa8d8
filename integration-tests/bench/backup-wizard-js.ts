import type { Browser } from '@playwright/test';
import type { ExposedModuleSizes } from '../../scripts/webpack/ExposedModuleSizesPlugin';
import { measurePageJS } from './measure';
import type { PluginJS } from './plugin-js';

const BACKUP_WIZARD_PATH = '/data-protection/backups/~new';

/** The files only the BackupWizard module needs: in its chunk group, in no other exposed module's. */
const wizardOwnFiles = (sizes: ExposedModuleSizes): string[] => {
  const others = new Set(
    Object.entries(sizes.exposed)
      .filter(([name]) => name !== 'BackupWizard')
      .flatMap(([, s]) => s.files),
  );
  return (sizes.exposed.BackupWizard?.files ?? []).filter((f) => !others.has(f));
};

/**
 * The plugin JS a cold visit to the backup wizard fetches (issue 12 "Done when": the wizard's
 * code is its own chunk, loaded only when it is opened), printed next to the other pages: in
 * all, on top of what the VM Snapshots tab fetched, and whether the tab fetched any of the
 * wizard's own chunks (it must not).
 */
export const measureBackupWizardJS = async (
  browser: Browser,
  baseURL: string,
  tabJS: PluginJS | undefined,
  sizes: ExposedModuleSizes | undefined,
) => {
  const { js } = await measurePageJS(
    browser,
    `${baseURL}${BACKUP_WIZARD_PATH}`,
    '[data-test="backup-wizard"]',
  );
  console.log(
    `\nBackup wizard page (cold): ${js.files} plugin JS files, ${js.gzipKB.toFixed(1)} KB gzip (${js.rawKB.toFixed(1)} KB raw)`,
  );
  if (tabJS) {
    const tab = new Set(tabJS.list.map((f) => f.name));
    const extra = js.list.filter((f) => !tab.has(f.name));
    const kb = extra.reduce((sum, f) => sum + f.gzip, 0) / 1024;
    console.log(
      `  beyond the VM Snapshots tab's JS: ${extra.length} files, ${kb.toFixed(1)} KB gzip`,
    );
    if (sizes) {
      const own = wizardOwnFiles(sizes);
      const inTab = own.filter((f) => tab.has(f));
      console.log(
        `  the wizard's own chunks (${own.length}: ${own.join(', ')}) in the VM Snapshots tab's JS: ${inTab.length ? `YES, ${inTab.join(', ')}` : 'none'}`,
      );
    }
  }
  return js;
};
