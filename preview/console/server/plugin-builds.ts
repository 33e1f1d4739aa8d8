import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Server-sent events that tell open preview pages the plugin was rebuilt (`npm start`), so they
 * reload: a dynamic plugin cannot be swapped into a running console, only loaded again.
 */
export const createPluginBuildEvents = () => {
  const pages = new Set<ServerResponse>();
  return {
    subscribe: (req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(': waiting for plugin builds\n\n');
      pages.add(res);
      req.on('close', () => pages.delete(res));
    },
    /** Returns how many pages were told. */
    rebuilt: (): number => {
      for (const page of pages) {
        page.write('event: rebuilt\ndata: {}\n\n');
      }
      return pages.size;
    },
  };
};
