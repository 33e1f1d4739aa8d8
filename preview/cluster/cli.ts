/**
 * `npm run cluster -- [--port 8001] [--data-dir .preview-data] [--in-memory] [--seed demo|empty]
 *  [--time-scale N] [--faults SPEC]`: starts the local cluster and prints its URL.
 * SIGINT/SIGTERM stop it cleanly; the data folder keeps the state for the next start.
 */
import { parseArgs } from 'node:util';
import { startCluster } from './cluster';
import type { ClusterOptions } from './cluster';

const USAGE = `usage: npm run cluster -- [--port 8001] [--data-dir .preview-data] [--in-memory]
                          [--seed demo|empty] [--time-scale N] [--faults SPEC]`;

function options(): ClusterOptions {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8001' },
      'data-dir': { type: 'string', default: '.preview-data' },
      'in-memory': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'demo' },
      'time-scale': { type: 'string', default: '1' },
      faults: { type: 'string', default: '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  const timeScale = Number(values['time-scale']);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: not a port: ${values.port}`);
  if (!(timeScale > 0))
    throw new Error(`--time-scale: expected a positive number, got ${values['time-scale']}`);
  if (values.seed !== 'demo' && values.seed !== 'empty')
    throw new Error(`--seed: expected demo or empty, got ${values.seed}`);
  return {
    port,
    dataDir: values['data-dir'],
    inMemory: values['in-memory'],
    seed: values.seed,
    timeScale,
    faults: values.faults,
  };
}

async function main(): Promise<void> {
  const cluster = await startCluster(options());
  const { dataDir, inMemory } = options();
  const state = inMemory
    ? 'in memory'
    : `data in ${dataDir ?? ''}${cluster.seeded ? ' (new, seeded)' : ' (restored)'}`;
  console.log(`Local cluster listening on ${cluster.url} and ${cluster.httpsUrl} (${state})`);
  console.log(`  as admin (no token):  kubectl --server=${cluster.url} get vm -A`);
  console.log(
    `  as another user:      kubectl --server=${cluster.httpsUrl} --insecure-skip-tls-verify --token=viewer get vm -n demo`,
  );
  if (cluster.kubeconfigPath)
    console.log(`  or: KUBECONFIG=${cluster.kubeconfigPath} kubectl --context=developer get vm`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    cluster.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
