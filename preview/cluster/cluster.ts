/**
 * Starts the local cluster: store (in memory or in a data folder), controllers and the HTTP
 * server on 127.0.0.1. Used by the CLI, the tests and the benchmark.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Registry } from './api/registry';
import { Authorizer } from './auth/rbac';
import { loadUsers } from './auth/users';
import type { ClusterContext } from './cluster-context';
import { startControllers } from './controllers';
import { applySeed } from './seed/seed';
import type { SeedName } from './seed/seed';
import { Faults } from './server/faults';
import { kubeconfig, loadOrCreateCertificate, writeKubeconfig } from './server/credentials';
import { createApiServer } from './server/server';
import { Clock } from './storage/clock';
import { ObjectStore } from './object-store/object-store';
import { Objects } from './storage/objects';
import { FileJournal } from './storage/persistence';
import { Store } from './storage/store';
import { schemaProblems } from './schema/validator';

export interface ClusterOptions {
  /** 0 picks a free port. */
  port?: number;
  dataDir?: string;
  inMemory?: boolean;
  seed?: SeedName;
  timeScale?: number;
  faults?: string;
  /** Store events kept for watch resumption (older resourceVersions get 410 Gone). */
  watchHistory?: number;
  usersFile?: string;
  log?: (line: string) => void;
}

export interface RunningCluster {
  /** http://127.0.0.1:<port>; the same port also speaks TLS (httpsUrl). */
  url: string;
  httpsUrl: string;
  port: number;
  /** A kubeconfig (YAML) with contexts admin, developer and viewer over https. */
  kubeconfig: string;
  /** Where the kubeconfig was written (data folder only). */
  kubeconfigPath?: string;
  context: ClusterContext;
  /** True when the store was seeded now (an empty data folder or --in-memory). */
  seeded: boolean;
  stop(): Promise<void>;
}

export async function startCluster(options: ClusterOptions = {}): Promise<RunningCluster> {
  const log = options.log ?? ((line: string) => console.error(line));
  const registry = new Registry();
  const journal = options.inMemory
    ? undefined
    : new FileJournal(options.dataDir ?? '.preview-data');
  const snapshot = journal?.load();
  const store = new Store(snapshot, options.watchHistory ?? 5000, journal);
  const clock = new Clock(options.timeScale ?? 1);
  const context: ClusterContext = {
    registry,
    store,
    objects: new Objects(store, clock),
    clock,
    authorizer: new Authorizer(store),
    users: loadUsers(options.usersFile),
    faults: new Faults(options.faults),
    objectStore: new ObjectStore(
      options.inMemory ? undefined : join(options.dataDir ?? '.preview-data', 'object-store'),
    ),
    log,
  };
  context.objects.validateWrite = (type, object) => {
    const schema = type.schemas?.get(type.storageVersion);
    const problems = schema ? schemaProblems(object, schema) : [];
    if (problems.length > 0) {
      throw new Error(
        `invalid ${type.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}: ${problems.map((p) => `${p.field ?? ''}: ${p.message}`).join('; ')}`,
      );
    }
  };
  const seeded = !snapshot || snapshot.objects.length === 0;
  const controllers = startControllers(context);
  if (seeded) await applySeed(context, options.seed ?? 'demo');
  if (journal) {
    journal.compact(store.snapshot());
    journal.onCompactionDue = () => journal.compact(store.snapshot());
  }
  const dataDir = options.inMemory ? undefined : (options.dataDir ?? '.preview-data');
  const certificate = loadOrCreateCertificate(dataDir);
  const api = createApiServer(context, certificate);
  api.server.listen(options.port ?? 8001, '127.0.0.1');
  await once(api.server, 'listening');
  const port = (api.server.address() as AddressInfo).port;
  const httpsUrl = `https://127.0.0.1:${port}`;
  context.objectStore.urls.baseUrl = `http://127.0.0.1:${port}`;
  const config = kubeconfig(httpsUrl, certificate, context.users);
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    httpsUrl,
    port,
    kubeconfig: config,
    ...(dataDir ? { kubeconfigPath: writeKubeconfig(dataDir, config) } : {}),
    context,
    seeded,
    async stop() {
      if (stopped) return;
      stopped = true;
      controllers.stop();
      const closed = new Promise((resolve) => api.server.close(resolve));
      api.closeConnections();
      await closed;
      journal?.close(store.snapshot());
    },
  };
}
