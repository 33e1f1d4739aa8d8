/**
 * `tsx preview/console/server/main.ts [--port 9000] [--cluster URL] [--dist DIR] [--dev]`:
 * serves the preview console for an already running cluster (the local one by default) and an
 * existing plugin build. `npm start` wraps this with the plugin build and the local cluster.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDistDir, PLUGIN_NAME, remoteClusterFromEnv } from './options';
import { startPreviewServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9000' },
    cluster: { type: 'string', default: 'http://127.0.0.1:8001' },
    dist: { type: 'string', default: defaultDistDir },
    namespace: { type: 'string', default: 'demo' },
    dev: { type: 'boolean', default: false },
  },
});

const main = async () => {
  const remote = remoteClusterFromEnv();
  const server = await startPreviewServer({
    port: Number(values.port),
    distDir: resolve(values.dist),
    pluginName: PLUGIN_NAME,
    cluster: remote ?? { url: new URL(values.cluster), local: true },
    defaultNamespace: remote ? 'default' : values.namespace,
    production: !values.dev,
  });
  console.log(`Preview console on ${server.url} (cluster ${remote?.url.origin ?? values.cluster})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
