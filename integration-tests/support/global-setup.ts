import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startLocalCluster } from '../../preview/console/server/local-cluster';
import { PLUGIN_NAME } from '../../preview/console/server/options';
import { startPreviewServer } from '../../preview/console/server/server';

/**
 * Simulated time 25x faster: VMs start and snapshots finish in well under a second, and the
 * snapshots the UI takes (default 5 minute deadline) still have 12 s of real time on a busy machine.
 */
const TIME_SCALE = Number(process.env.VDP_E2E_TIME_SCALE ?? 25);

/**
 * A fresh in-memory cluster and the preview console, both on free ports, serving
 * the plugin build in dist/ (or VDP_E2E_DIST). Tests read the URLs from the environment.
 */
export default async function globalSetup() {
  const distDir = resolve(process.env.VDP_E2E_DIST ?? join(__dirname, '..', '..', 'dist'));
  if (!existsSync(join(distDir, 'plugin-manifest.json'))) {
    throw new Error(`No plugin build in ${distDir}: run \`npm run build\` first`);
  }
  const cluster = await startLocalCluster({
    port: 0,
    inMemory: true,
    // Infrastructure only (namespace demo, RBAC, storage classes): every test makes its own VMs.
    seed: 'empty',
    timeScale: TIME_SCALE,
    quiet: !process.env.VDP_E2E_VERBOSE,
  });
  const preview = await startPreviewServer({
    port: 0,
    distDir,
    pluginName: PLUGIN_NAME,
    cluster: { url: new URL(cluster.url), local: true },
    defaultNamespace: 'demo',
    production: true,
  }).catch(async (e: unknown) => {
    await cluster.child.stop();
    throw e;
  });
  process.env.VDP_E2E_BASE_URL = preview.url;
  process.env.VDP_E2E_CLUSTER_URL = cluster.url;
  return async () => {
    await preview.close();
    await cluster.child.stop();
  };
}
