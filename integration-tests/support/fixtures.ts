import { test as base, expect } from '@playwright/test';
import { ClusterAPI } from './cluster-api';
import { ConsolePage } from '../pages/ConsolePage';

type Fixtures = {
  /** The cluster as admin, to arrange data and to check what the UI sent. */
  api: ClusterAPI;
  /** The preview console, with page errors collected and checked after the test. */
  consolePage: ConsolePage;
};

const env = (name: string) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the tests through playwright.config.ts (global setup)`,
    );
  }
  return value;
};

export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
  baseURL: async ({}, provide) => {
    await provide(env('VDP_E2E_BASE_URL'));
  },
  api: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext({ baseURL: env('VDP_E2E_CLUSTER_URL') });
    await provide(new ClusterAPI(request));
    await request.dispose();
  },
  consolePage: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(new ConsolePage(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
