/**
 * `npm run bench:cluster`: list latency with 10,000 objects and watch fan-out to 50 watchers
 * against an in-memory local cluster, then the Velero numbers (velero-bench.ts). Reports numbers only; nothing here asserts.
 */
import { cpus } from 'node:os';
import { get, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { startCluster } from '../cluster';
import { benchVelero } from './velero-bench';

const OBJECTS = 10_000;
const WATCHERS = 50;
const WATCH_EVENTS = 200;
const RUNS = 7;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms (n=${sorted.length})`;
}

function fetchText(
  url: string,
  accept = 'application/json',
): Promise<{ ms: number; bytes: number; body: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { headers: { Accept: accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ ms: performance.now() - started, bytes: Buffer.byteLength(body), body });
      });
    }).on('error', reject);
  });
}

async function measure(label: string, url: string, accept?: string): Promise<void> {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const result = await fetchText(url, accept);
    samples.push(result.ms);
    bytes = result.bytes;
  }
  console.log(`  ${label.padEnd(44)} ${stats(samples)}, ${(bytes / 1024).toFixed(0)} KiB`);
}

function post(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const cluster = await startCluster({
    port: 0,
    inMemory: true,
    seed: 'bare',
    log: () => undefined,
  });
  const { objects, registry } = cluster.context;
  console.log(
    `local cluster benchmark — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})`,
  );
  const namespaces = registry.byGroupPlural('', 'namespaces');
  const configMaps = registry.byGroupPlural('', 'configmaps');
  objects.create(namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bench' } });
  const filled = performance.now();
  for (let i = 0; i < OBJECTS; i++) {
    objects.create(configMaps, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: `cm-${String(i).padStart(5, '0')}`,
        namespace: 'bench',
        labels: { shard: String(i % 100) },
      },
      data: { payload: 'x'.repeat(512) },
    });
  }
  console.log(
    `\nstore: ${OBJECTS} ConfigMaps written in ${(performance.now() - filled).toFixed(0)} ms (through the object layer, no HTTP)`,
  );
  const base = `${cluster.url}/api/v1/namespaces/bench/configmaps`;
  console.log(`\nlist latency, ${OBJECTS} objects (${RUNS} runs each):`);
  await measure('full list (JSON)', base);
  await measure(
    'full list as Table (kubectl get)',
    base,
    'application/json;as=Table;v=v1;g=meta.k8s.io',
  );
  await measure('first page, limit=500', `${base}?limit=500`);
  await measure('label selector (1% match)', `${base}?labelSelector=shard%3D7`);
  await measure('field selector (one object)', `${base}?fieldSelector=metadata.name%3Dcm-05000`);

  const received: number[][] = Array.from({ length: WATCH_EVENTS }, () => []);
  const sentAt: number[] = [];
  const rv = String(cluster.context.store.resourceVersion());
  const watches = await Promise.all(
    Array.from(
      { length: WATCHERS },
      () =>
        new Promise<() => void>((resolve) => {
          const req = get(
            `${cluster.url}/api/v1/namespaces/bench/configmaps?watch=true&resourceVersion=${rv}&labelSelector=fanout%3Dyes`,
            (res) => {
              let buffer = '';
              res.on('data', (chunk: Buffer) => {
                buffer += chunk.toString('utf8');
                let newline: number;
                while ((newline = buffer.indexOf('\n')) >= 0) {
                  const event = JSON.parse(buffer.slice(0, newline)) as {
                    object: { metadata: { labels: Record<string, string> } };
                  };
                  buffer = buffer.slice(newline + 1);
                  received[Number(event.object.metadata.labels.n)].push(performance.now());
                }
              });
              resolve(() => req.destroy());
            },
          );
        }),
    ),
  );
  const started = performance.now();
  for (let i = 0; i < WATCH_EVENTS; i++) {
    sentAt[i] = performance.now();
    await post(
      `${cluster.url}/api/v1/namespaces/bench/configmaps`,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `fan-${i}`, namespace: 'bench', labels: { fanout: 'yes', n: String(i) } },
        data: { i: String(i) },
      }),
    );
  }
  while (received.some((r) => r.length < WATCHERS) && performance.now() - started < 30_000)
    await new Promise((r) => setTimeout(r, 5));
  const elapsed = performance.now() - started;
  const delivered = received.reduce((n, r) => n + r.length, 0);
  const lastArrival = received
    .filter((r) => r.length > 0)
    .map((r, i) => Math.max(...r) - sentAt[i]);
  console.log(
    `\nwatch fan-out: ${WATCH_EVENTS} creates over HTTP, ${WATCHERS} chunked-HTTP watchers:`,
  );
  console.log(
    `  delivered ${delivered}/${WATCH_EVENTS * WATCHERS} events in ${elapsed.toFixed(0)} ms (${((delivered / elapsed) * 1000).toFixed(0)} events/s)`,
  );
  console.log(`  create sent → seen by all ${WATCHERS} watchers: ${stats(lastArrival)}`);
  for (const close of watches) close();
  await cluster.stop();
  await benchVelero();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
