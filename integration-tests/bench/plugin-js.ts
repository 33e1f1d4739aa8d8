import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export type PluginJS = {
  files: number;
  rawKB: number;
  gzipKB: number;
  /** Each file fetched (its name under the plugin's base) and its gzip bytes. */
  list: { name: string; gzip: number }[];
};

/**
 * Counts the plugin's JS files a page fetches (served under /api/plugins/) and their size,
 * gzipped here at level 9 as nginx or the console would send them. `take()` returns what
 * arrived since the last call, so one page can be split into steps (tab, then a modal).
 */
export const trackPluginJS = (page: Page) => {
  const pending: Promise<void>[] = [];
  let seen: { name: string; raw: number; gzip: number }[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/api/plugins/') || !path.endsWith('.js')) {
      return;
    }
    pending.push(
      response.body().then(
        (body) => {
          seen.push({
            name: path.split('/').pop() ?? path,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        },
        () => undefined,
      ),
    );
  });
  return {
    take: async (): Promise<PluginJS> => {
      await Promise.all(pending.splice(0));
      const step = seen;
      seen = [];
      const kb = (key: 'raw' | 'gzip') => step.reduce((sum, f) => sum + f[key], 0) / 1024;
      return {
        files: step.length,
        rawKB: kb('raw'),
        gzipKB: kb('gzip'),
        list: step.map(({ name, gzip }) => ({ name, gzip })),
      };
    },
  };
};
