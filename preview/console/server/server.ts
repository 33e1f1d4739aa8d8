import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundleApp, patternflyAssetsDir, patternflyCSS } from './app-bundle';
import { API_PREFIX, createClusterProxy } from './proxy';
import type { ClusterTarget } from './proxy';
import { BACKEND_ALIAS, createBackendProxy, startPluginBackend } from './plugin-backend';
import { createPluginBuildEvents } from './plugin-builds';
import { sendFile, sendText } from './static-files';
import { LOCAL_USERS } from './users';

export type PreviewServerOptions = {
  port: number;
  host?: string;
  /** The plugin build (webpack output) to serve at /api/plugins/<name>/. */
  distDir: string;
  pluginName: string;
  cluster: ClusterTarget & { local: boolean };
  defaultNamespace: string;
  /** Minified React production build (tests, bench) or the development build (npm start). */
  production: boolean;
};

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>VM Data Protection preview</title>
    <link rel="stylesheet" href="/static/patternfly.css" />
    <link rel="stylesheet" href="/static/preview.css" />
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/static/app.js"></script>
  </body>
</html>`;

/** The preview console: host app, the plugin's files and the cluster proxy on one origin. */
export const startPreviewServer = async (options: PreviewServerOptions) => {
  const app = await bundleApp(options.production);
  const pfCSS = patternflyCSS();
  const proxy = createClusterProxy(options.cluster);
  const pluginPrefix = `/api/plugins/${options.pluginName}/`;
  const backend = await startPluginBackend(options.cluster, () => undefined);
  const backendPrefix = `/api/proxy/plugin/${options.pluginName}/${BACKEND_ALIAS}/`;
  const backendProxy = createBackendProxy(backend.url, backendPrefix, options.cluster.token);
  const builds = createPluginBuildEvents();
  const config = JSON.stringify({
    cluster: options.cluster.local ? 'local' : 'remote',
    clusterURL: options.cluster.url.origin,
    users: options.cluster.local ? LOCAL_USERS : ['admin'],
    defaultNamespace: options.defaultNamespace,
    pluginName: options.pluginName,
    reloadOnRebuild: !options.production,
  });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
      proxy.http(req, res);
    } else if (path.startsWith(backendPrefix)) {
      backendProxy(req, res);
    } else if (path.startsWith(pluginPrefix)) {
      if (!sendFile(res, options.distDir, path.slice(pluginPrefix.length))) {
        sendText(res, 404, 'text/plain', `Not in the plugin build: ${path}`);
      }
    } else if (path === '/static/app.js') {
      sendText(res, 200, 'application/javascript; charset=utf-8', app.js);
    } else if (path === '/static/preview.css') {
      sendText(res, 200, 'text/css; charset=utf-8', app.css);
    } else if (path === '/static/patternfly.css') {
      sendText(res, 200, 'text/css; charset=utf-8', pfCSS);
    } else if (path.startsWith('/static/assets/')) {
      if (!sendFile(res, patternflyAssetsDir, path.slice('/static/assets/'.length))) {
        sendText(res, 404, 'text/plain', 'Not found');
      }
    } else if (path === '/_preview/config') {
      sendText(res, 200, 'application/json', config);
    } else if (path === '/_preview/plugin-builds') {
      builds.subscribe(req, res);
    } else if (path === '/_preview/drop-watches' && req.method === 'POST') {
      // For reliability tests: cut the watch sockets like a flaky network would.
      sendText(res, 200, 'application/json', JSON.stringify({ dropped: proxy.dropWatches() }));
    } else if (path === '/favicon.ico') {
      sendText(res, 204, 'text/plain', '');
    } else {
      // Every other path is a console route, rendered by the app.
      sendText(res, 200, 'text/html; charset=utf-8', INDEX_HTML);
    }
  };

  const server = createServer(handle);
  // As the local cluster: idle keep-alive connections outlive a client's reuse of them.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if ((req.url ?? '').startsWith(`${API_PREFIX}/`)) {
      proxy.upgrade(req, socket, head);
    } else {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    dropWatches: proxy.dropWatches,
    /** Tells open pages to reload (called by `npm start` after each successful rebuild). */
    pluginRebuilt: builds.rebuilt,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.dropWatches();
        server.closeAllConnections();
        server.close(() => void backend.close().then(resolve));
      }),
  };
};
