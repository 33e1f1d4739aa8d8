/** @jest-environment node */
import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer } from './server';

type Preview = Awaited<ReturnType<typeof startPreviewServer>>;

const start = (production: boolean) =>
  startPreviewServer({
    port: 0,
    distDir: mkdtempSync(join(tmpdir(), 'vdp-dist-')),
    pluginName: 'vm-data-protection-plugin',
    cluster: { url: new URL('http://127.0.0.1:9'), local: true },
    defaultNamespace: 'demo',
    production,
  });

const open = (url: string) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    get(url, resolve).on('error', reject);
  });

/** Collects the stream's text until `until` shows up in it. */
const readUntil = (stream: IncomingMessage, until: string) =>
  new Promise<string>((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes(until)) {
        resolve(text);
      }
    });
  });

const reloadOnRebuild = async (url: string) => {
  const response = await open(`${url}/_preview/config`);
  const body = await readUntil(response, '}');
  return (JSON.parse(body) as { reloadOnRebuild: boolean }).reloadOnRebuild;
};

// Each test starts a preview (esbuild bundles the host app): allow a loaded machine.
jest.setTimeout(60_000);

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

test('npm start: open pages are told when the plugin is rebuilt', async () => {
  preview = await start(false);
  expect(await reloadOnRebuild(preview.url)).toBe(true);

  const events = await open(`${preview.url}/_preview/plugin-builds`);
  expect(events.headers['content-type']).toBe('text/event-stream');
  await readUntil(events, 'waiting for plugin builds');
  const received = readUntil(events, '\n\n');
  expect(preview.pluginRebuilt()).toBe(1);
  expect(await received).toBe('event: rebuilt\ndata: {}\n\n');
  events.destroy();
});

test('tests and the benchmark (production builds) never reload', async () => {
  preview = await start(true);
  expect(await reloadOnRebuild(preview.url)).toBe(false);
  expect(preview.pluginRebuilt()).toBe(0);
});
