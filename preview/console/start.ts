/**
 * `npm start`: the plugin in webpack watch mode (development), the local cluster (seed demo,
 * port 8001, data kept in .preview-data) and the preview console on http://localhost:9000.
 * With PREVIEW_CLUSTER_URL + PREVIEW_CLUSTER_TOKEN it uses that cluster instead of a local one.
 * Ctrl-C stops everything. PREVIEW_PORT, PREVIEW_LOCAL_CLUSTER_PORT, PREVIEW_TIME_SCALE,
 * PREVIEW_DATA_DIR and PREVIEW_DIST change the defaults.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bin, startChild } from './server/children';
import type { Child } from './server/children';
import { startLocalCluster } from './server/local-cluster';
import { defaultDistDir, PLUGIN_NAME, remoteClusterFromEnv } from './server/options';
import { startPreviewServer } from './server/server';

const PORT = Number(process.env.PREVIEW_PORT ?? 9000);
const CLUSTER_PORT = Number(process.env.PREVIEW_LOCAL_CLUSTER_PORT ?? 8001);
/** Simulated time runs 10x: a snapshot is ready in seconds, a 5 min deadline takes 30 s. */
const TIME_SCALE = Number(process.env.PREVIEW_TIME_SCALE ?? 10);
const DIST = process.env.PREVIEW_DIST ? resolve(process.env.PREVIEW_DIST) : defaultDistDir;

const children: Child[] = [];
let stopping = false;

const waitFor = async (check: () => boolean, what: string, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

const main = async () => {
  rmSync(DIST, { recursive: true, force: true });
  let compiled = false;
  let onRebuilt = () => {};
  children.push(
    startChild(
      'plugin',
      bin('webpack'),
      ['--mode', 'development', '--watch', '--output-path', DIST],
      {
        env: { ...process.env, NODE_ENV: 'development' },
        onLine: (line) => {
          if (compiled && /compiled successfully/.test(line)) {
            onRebuilt();
          }
          compiled ||= /compiled (successfully|with)/.test(line);
        },
      },
    ),
  );
  const remote = remoteClusterFromEnv();
  let clusterURL = remote?.url;
  if (!remote) {
    const local = await startLocalCluster({
      port: CLUSTER_PORT,
      inMemory: false,
      dataDir: process.env.PREVIEW_DATA_DIR,
      seed: 'demo',
      timeScale: TIME_SCALE,
    });
    children.push(local.child);
    clusterURL = new URL(local.url);
  }
  const manifest = join(DIST, 'plugin-manifest.json');
  await waitFor(() => compiled && existsSync(manifest), 'the first plugin build');
  const server = await startPreviewServer({
    port: PORT,
    host: '127.0.0.1',
    distDir: DIST,
    pluginName: PLUGIN_NAME,
    cluster: remote ?? { url: clusterURL as URL, local: true },
    defaultNamespace: remote ? 'default' : 'demo',
    production: false,
  });
  onRebuilt = () => {
    const pages = server.pluginRebuilt();
    console.log(`Plugin rebuilt: reloading ${pages} open page(s)`);
  };
  console.log(`\nPreview console: http://localhost:${PORT}  (cluster ${clusterURL?.origin ?? ''})`);
  console.log('The plugin rebuilds on change and open pages reload. Ctrl-C stops.\n');
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal}: stopping the preview console, the plugin build and the cluster`);
    await server.close();
    await Promise.all(children.map((c) => c.stop()));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
};

main().catch(async (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  await Promise.all(children.map((c) => c.stop()));
  process.exit(1);
});
