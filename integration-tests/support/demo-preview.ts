import type { APIRequestContext } from '@playwright/test';
import { request } from '@playwright/test';
import { join, resolve } from 'node:path';
import { startLocalCluster } from '../../preview/console/server/local-cluster';
import { PLUGIN_NAME } from '../../preview/console/server/options';
import { startPreviewServer } from '../../preview/console/server/server';
import { ClusterAPI } from './cluster-api';

export type DemoPreview = {
  /** The preview console on the demo seed. */
  url: string;
  /** The cluster as admin. */
  api: ClusterAPI;
  close: () => Promise<void>;
};

/**
 * A second cluster on `npm start`'s demo seed (its week of backups, restores and snapshots)
 * with its own preview console, for the specs whose journeys are stated on that seed. The
 * global one stays `empty`: every other spec makes its own data.
 */
export const startDemoPreview = async (timeScale = 25): Promise<DemoPreview> => {
  const distDir = resolve(process.env.VDP_E2E_DIST ?? join(__dirname, '..', '..', 'dist'));
  const cluster = await startLocalCluster({
    port: 0,
    inMemory: true,
    seed: 'demo',
    timeScale,
    quiet: !process.env.VDP_E2E_VERBOSE,
  });
  let context: APIRequestContext | undefined;
  try {
    const preview = await startPreviewServer({
      port: 0,
      distDir,
      pluginName: PLUGIN_NAME,
      cluster: { url: new URL(cluster.url), local: true },
      defaultNamespace: 'demo',
      production: true,
    });
    context = await request.newContext({ baseURL: cluster.url });
    const client = context;
    return {
      url: preview.url,
      api: new ClusterAPI(client),
      close: async () => {
        await client.dispose();
        await preview.close();
        await cluster.child.stop();
      },
    };
  } catch (e) {
    await context?.dispose();
    await cluster.child.stop();
    throw e;
  }
};
