import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the production plugin build (dist/) in the preview console, against a fresh
 * in-memory local cluster, in Debian's Chromium. Global setup starts both on free ports.
 * Run with `npx playwright test -c integration-tests` after `npm run build`.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: '../test-results',
  globalSetup: './support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  // One retry on CI: the run is all-or-nothing, and a retried pass is still listed as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.VDP_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
