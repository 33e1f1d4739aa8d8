/**
 * State in the data folder survives a restart: a clean stop (SIGTERM) and a kill -9, which
 * loses at most the write in flight and never corrupts the store.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startCluster } from '../cluster';
import { request } from './raw-http';
import './harness';

const CONFIGMAPS = '/api/v1/namespaces/demo/configmaps';
const json = { 'Content-Type': 'application/json' };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-cluster-data-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const configMap = (name: string) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'demo' },
    data: { created: name },
  });

async function create(
  url: string,
  name: string,
): Promise<{ metadata: { uid: string; resourceVersion: string } }> {
  const response = await request(`${url}${CONFIGMAPS}`, {
    method: 'POST',
    headers: json,
    body: configMap(name),
  });
  expect(response.status).toBe(201);
  return response.json() as { metadata: { uid: string; resourceVersion: string } };
}

test('a clean stop and start keeps every object, uid and resourceVersion', async () => {
  const first = await startCluster({ port: 0, dataDir: dir, seed: 'bare', log: () => undefined });
  const created = await create(first.url, 'kept');
  const rvBefore = first.context.store.resourceVersion();
  await first.stop();
  // A torn last line (as after a crash mid-write) is ignored on load.
  appendFileSync(join(dir, 'journal.jsonl'), '{"op":"put","typeKey":"/configmaps","obj');
  const second = await startCluster({ port: 0, dataDir: dir, seed: 'bare', log: () => undefined });
  try {
    expect(second.seeded).toBe(false);
    const read = (await request(`${second.url}${CONFIGMAPS}/kept`)).json() as {
      metadata: { uid: string };
    };
    expect(read.metadata.uid).toBe(created.metadata.uid);
    expect(second.context.store.resourceVersion()).toBeGreaterThanOrEqual(rvBefore);
    const next = await create(second.url, 'after-restart');
    expect(Number(next.metadata.resourceVersion)).toBeGreaterThan(rvBefore);
  } finally {
    await second.stop();
  }
});

function startCli(): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, '..', 'cli.ts'),
      '--port',
      '0',
      '--data-dir',
      dir,
      '--seed',
      'empty',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('cluster did not start')), 30_000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, exited });
      }
    });
  });
}

test('npm run cluster: SIGTERM stops cleanly and kill -9 loses nothing that was acknowledged', async () => {
  const first = await startCli();
  await create(first.url, 'before-sigterm');
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('');

  const second = await startCli();
  expect((await request(`${second.url}${CONFIGMAPS}/before-sigterm`)).status).toBe(200);
  await create(second.url, 'before-kill');
  second.child.kill('SIGKILL');
  await second.exited;

  const third = await startCli();
  try {
    for (const name of ['before-sigterm', 'before-kill']) {
      expect(
        (
          (await request(`${third.url}${CONFIGMAPS}/${name}`)).json() as {
            data: { created: string };
          }
        ).data.created,
      ).toBe(name);
    }
  } finally {
    third.child.kill('SIGTERM');
    await third.exited;
  }
});
