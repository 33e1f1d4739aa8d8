/** --faults: injected 500s, latency and dropped watches, switchable while running. */
import { startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { request } from './raw-http';
import { parseFaults } from '../server/faults';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ faults: 'error500=1' });
});

afterAll(async () => {
  await cluster.close();
});

const setFaults = (spec: string) =>
  request(`${cluster.url}/preview/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ spec }),
  });

test('parses the fault spec and refuses nonsense', () => {
  expect(parseFaults('drop-watch=0.1,error500=0.05,latency=200ms')).toEqual({
    dropWatch: 0.1,
    error500: 0.05,
    latencyMs: 200,
  });
  expect(parseFaults('latency=1s').latencyMs).toBe(1000);
  expect(() => parseFaults('error500=2')).toThrow('expected a probability');
  expect(() => parseFaults('explode=1')).toThrow('unknown fault "explode"');
});

test('error500 fails API requests with a Status but never discovery or health', async () => {
  const failed = await request(`${cluster.url}/api/v1/namespaces`);
  expect(failed.status).toBe(500);
  expect(failed.json()).toMatchObject({ kind: 'Status', reason: 'InternalError', code: 500 });
  expect((await request(`${cluster.url}/apis`)).status).toBe(200);
  expect((await request(`${cluster.url}/healthz`)).status).toBe(200);
  expect((await setFaults('')).status).toBe(200);
  expect((await request(`${cluster.url}/api/v1/namespaces`)).status).toBe(200);
});

test('latency can be switched on while running; only an admin may change faults', async () => {
  expect((await setFaults('latency=50ms')).json()).toMatchObject({
    spec: 'drop-watch=0,error500=0,latency=50ms',
    latencyMs: 50,
  });
  expect((await request(`${cluster.url}/api/v1/namespaces/demo`)).status).toBe(200);
  await setFaults('');
  const denied = await request(`${cluster.url}/preview/faults`, {
    headers: { Authorization: 'Bearer viewer' },
  });
  expect(denied.status).toBe(403);
});

test('drop-watch cuts open watches', async () => {
  await setFaults('drop-watch=1');
  const { get } = await import('node:http');
  const ended = await new Promise<boolean>((resolve) => {
    get(`${cluster.url}/api/v1/namespaces?watch=true`, (res) => {
      res.resume();
      res.on('end', () => resolve(true));
    });
  });
  await setFaults('');
  expect(ended).toBe(true);
});
