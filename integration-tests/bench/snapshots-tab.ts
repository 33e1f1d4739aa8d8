/**
 * `npm run bench`: `npm run build` (time, peak memory), then the Snapshots tab of a VM with 10
 * and with 2,000 snapshots, in a namespace of 5,000, in the preview console (production plugin
 * build, headless Chromium). Prints time to first row, requests and watches opened, JS heap and
 * plugin JS fetched for both sizes, and their ratios; then the plugin JS of the Take snapshot
 * modal and of the snapshot details page; the backup wizard's (and that the tab fetched none
 * of the wizard's own chunks); then the Backups list with 10 and with 5,000 backups
 * (backups-list.ts); then the Data protection overview with 10 and with 1,000 VMs against those
 * 5,000 backups (overview.ts). BENCH_SKIP_BUILD=1 measures the existing dist/.
 * Numbers are for reading, not asserting; they vary with the machine.
 */
import { chromium, request } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCluster } from '../../preview/console/server/local-cluster';
import { PLUGIN_NAME, defaultDistDir } from '../../preview/console/server/options';
import { startPreviewServer } from '../../preview/console/server/server';
import { benchBackupsList } from './backups-list';
import { benchOverview } from './overview';
import { measureBuild, readExposedSizes } from './build';
import type { BuildSample } from './build';
import { measureBackupWizardJS } from './backup-wizard-js';
import { measure, measurePageJS } from './measure';
import type { Sample } from './measure';
import { BENCH_NS, createVMs, populate, waitForSettled } from './populate';
import { report, reportPages } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = { 'vm-small': 10, 'vm-large': 2000 };
const OTHERS = { 'vm-rest': 5000 - 10 - 2000 };

const main = async () => {
  const distDir = process.env.VDP_E2E_DIST ?? defaultDistDir;
  let build: BuildSample | undefined;
  if (!process.env.BENCH_SKIP_BUILD && !process.env.VDP_E2E_DIST) {
    console.log('Measuring `npm run build`');
    build = measureBuild();
  } else if (!existsSync(join(distDir, 'plugin-manifest.json'))) {
    console.log('No plugin build: running `npm run build`');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  const cluster = await startLocalCluster({
    port: 0,
    inMemory: true,
    seed: 'empty',
    timeScale: 1000,
    quiet: true,
  });
  const preview = await startPreviewServer({
    port: 0,
    distDir,
    pluginName: PLUGIN_NAME,
    cluster: { url: new URL(cluster.url), local: true },
    defaultNamespace: BENCH_NS,
    production: true,
  });
  const api = await request.newContext({ baseURL: cluster.url });
  const browser = await chromium.launch({
    executablePath: process.env.VDP_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const cleanup = async () => {
    await browser.close();
    await api.dispose();
    await preview.close();
    await cluster.child.stop();
  };
  // Ctrl-C must not leave the cluster running.
  const onSignal = () => void cleanup().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // BENCH_ONLY=backups measures the Backups list and the overview alone.
    if (process.env.BENCH_ONLY !== 'backups') {
      let started = Date.now();
      const total = await populate(api, { ...SIZES, ...OTHERS });
      console.log(
        `Created ${total} snapshots in namespace ${BENCH_NS} in ${Date.now() - started} ms`,
      );
      started = Date.now();
      const phases = await waitForSettled(api, total);
      console.log(`Controllers settled in ${Date.now() - started} ms: ${JSON.stringify(phases)}`);
      await createVMs(api, Object.keys(SIZES));

      const samples: Record<string, Sample[]> = {};
      for (const [vm, size] of Object.entries(SIZES)) {
        const url = `${preview.url}/k8s/ns/${BENCH_NS}/kubevirt.io~v1~VirtualMachine/${vm}/snapshots`;
        samples[vm] = [];
        for (let run = 0; run < RUNS; run += 1) {
          samples[vm].push(await measure(browser, url, size, run === 0));
        }
      }
      const small = samples['vm-small'] ?? [];
      report(RUNS, small, samples['vm-large'] ?? []);
      const ref = 'snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshot';
      const details = await measurePageJS(
        browser,
        `${preview.url}/k8s/ns/${BENCH_NS}/${ref}/vm-small-snap-0000`,
        '[data-test="section-overview"]',
      );
      const sizes = readExposedSizes(distDir);
      reportPages(build, small[0]?.modalJS, details, sizes);
      await measureBackupWizardJS(browser, preview.url, small[0]?.tabJS, sizes);
    }
    await benchBackupsList(browser, api, preview.url, RUNS);
    await benchOverview(browser, api, preview.url, RUNS);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
