/** Starts the backend: `tsx backend/src/main.ts` (preview) or the bundled image entry. */
import { loadConfig } from './config';
import { createBackendServer } from './server';

const config = loadConfig();
const log = (line: string) => console.log(line);
const server = createBackendServer(config, log);
server.listen(config.port, config.host, () => {
  log(
    `vm-data-protection backend on ${config.tls ? 'https' : 'http'}://${config.host}:${config.port}, API ${config.apiServer.origin}`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
