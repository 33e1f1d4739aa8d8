import type { Browser, Page } from '@playwright/test';
import { trackPluginJS } from './plugin-js';
import type { PluginJS } from './plugin-js';

export type Sample = {
  firstRowMs: number;
  /** Until the pagination counts every row (all list pages are in). */
  allRowsMs: number | undefined;
  requests: number;
  apiRequests: number;
  /** API requests by kind: discovery, list pages, single GETs, access reviews, other. */
  api: Record<string, number>;
  watches: number;
  watchPaths: string[];
  heapMB: number;
  /** Plugin JS fetched until the tab was settled. */
  tabJS: PluginJS;
  /** Plugin JS fetched on top of that to open the Take snapshot modal (when asked to). */
  modalJS: PluginJS | undefined;
};

const classify = (method: string, path: string) => {
  if (/^\/api(\/v1)?$|^\/apis(\/[^/]+\/[^/]+)?$/.test(path)) {
    return 'discovery';
  }
  if (path.endsWith('/selfsubjectaccessreviews')) {
    return 'access reviews';
  }
  if (method !== 'GET') {
    return 'other';
  }
  // .../<plural> is a list; .../<plural>/<name> a single object.
  const segments = path.split('/').filter(Boolean);
  const namespaced = segments.includes('namespaces');
  const base = segments[0] === 'api' ? 2 : 3;
  return segments.length - base - (namespaced ? 2 : 0) === 1 ? 'list pages' : 'single GETs';
};

const openTakeSnapshot = async (page: Page) => {
  await page.getByRole('button', { name: 'Take snapshot' }).first().click();
  await page.getByRole('dialog', { name: 'Take snapshot' }).waitFor({ timeout: 60_000 });
  // The modal's own watches and reviews settle; their code has arrived by then.
  await page.waitForTimeout(1000);
};

/** A page other than the tab (the snapshot details page): plugin JS until `ready` shows. */
export const measurePageJS = async (browser: Browser, url: string, ready: string) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const js = trackPluginJS(page);
  const watchPaths: string[] = [];
  page.on('websocket', (ws) => {
    watchPaths.push(new URL(ws.url()).pathname.replace('/api/kubernetes', ''));
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const result = { js: await js.take(), watchPaths };
  await context.close();
  return result;
};

/** A row of the Snapshots tab: its name links to the snapshot. */
export const SNAPSHOT_ROW = 'tbody tr a[href*="VirtualMachineSnapshot/"]';

/**
 * Opens a list page (a VM's Snapshots tab, the Backups list) in a fresh browser context (cold:
 * app, discovery, plugin, watches) and measures it. The clock starts before navigation and
 * stops when the first row (`rowSelector`) shows.
 */
export const measure = async (
  browser: Browser,
  url: string,
  size: number,
  openModal = false,
  rowSelector = SNAPSHOT_ROW,
): Promise<Sample> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const js = trackPluginJS(page);
  let requests = 0;
  let apiRequests = 0;
  const api: Record<string, number> = {};
  const watchPaths: string[] = [];
  page.on('request', (r) => {
    requests += 1;
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/kubernetes/')) {
      apiRequests += 1;
      const kind = classify(r.method(), path.slice('/api/kubernetes'.length));
      api[kind] = (api[kind] ?? 0) + 1;
    }
  });
  page.on('websocket', (ws) => {
    watchPaths.push(new URL(ws.url()).pathname.replace('/api/kubernetes', ''));
  });
  const log = (what: string) => {
    if (process.env.BENCH_VERBOSE) {
      console.log(`  ${Date.now() - start} ms: ${what}`);
    }
  };
  const start = Date.now();
  await page.goto(url);
  log('loaded');
  await page
    .locator(rowSelector)
    .first()
    .waitFor({ timeout: 120_000 })
    .catch(async (e: unknown) => {
      // What the page showed instead, for the one reading the bench's output.
      const shot = `/tmp/vdp-bench-timeout-${Date.now()}.png`;
      await page.screenshot({ path: shot, fullPage: true });
      throw new Error(`No row at ${url} (screenshot ${shot}): ${String(e)}`);
    });
  const firstRowMs = Date.now() - start;
  log('first row');
  let allRowsMs: number | undefined;
  try {
    // PatternFly renders the count twice ("1 - 10 of 2000"); one copy is hidden on wide screens.
    await page
      .getByText(new RegExp(`of\\s*${size}\\b`))
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 120_000 });
    allRowsMs = Date.now() - start;
  } catch {
    allRowsMs = undefined;
  }
  // Let late events land, then measure what stays on the heap.
  log(allRowsMs ? 'all rows' : 'all rows: not seen');
  await page.waitForTimeout(1500);
  const tabJS = await js.take();
  const modalJS = openModal ? await openTakeSnapshot(page).then(() => js.take()) : undefined;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    firstRowMs,
    allRowsMs,
    requests,
    apiRequests,
    api,
    watches: watchPaths.length,
    watchPaths,
    heapMB: heap.usedSize / 1024 / 1024,
    tabJS,
    modalJS,
  };
};
