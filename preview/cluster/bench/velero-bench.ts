/**
 * The Velero part of `npm run bench:cluster` (issue 8 part 12): a backup of a namespace with
 * 100 running VMs at --time-scale 1000 (time to Completed), listing 5,000 backups, and 50
 * watchers of DataUploads during a data-mover backup of the same VMs. Numbers only.
 */
import { get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { startCluster } from '../cluster';
import { kinds } from '../cluster-context';
import type { KubeObject } from '../api/types';
import { oadpObjects } from '../seed/oadp';
import { put } from '../seed/seed';

const VMS = 100;
const BACKUPS = 5_000;
const WATCHERS = 50;
const NS = 'bench-vms';

function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (performance.now() - started > timeoutMs) reject(new Error('bench: timed out'));
      else setTimeout(poll, 2);
    };
    poll();
  });
}

function timeGet(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ ms: performance.now() - started, bytes }));
    }).on('error', reject);
  });
}

function vm(i: number): KubeObject {
  const name = `vm-${String(i).padStart(3, '0')}`;
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, namespace: NS, labels: { app: name } },
    spec: {
      runStrategy: 'Always',
      dataVolumeTemplates: [
        {
          metadata: { name: `${name}-rootdisk` },
          spec: { source: { blank: {} }, storage: { resources: { requests: { storage: '1Gi' } } } },
        },
      ],
      template: {
        spec: {
          domain: {
            devices: { disks: [{ name: 'rootdisk', disk: { bus: 'virtio' } }] },
            memory: { guest: '1Gi' },
          },
          volumes: [{ name: 'rootdisk', dataVolume: { name: `${name}-rootdisk` } }],
        },
      },
    },
  };
}

export async function benchVelero(): Promise<void> {
  const cluster = await startCluster({
    port: 0,
    inMemory: true,
    seed: 'bare',
    timeScale: 1000,
    log: () => undefined,
  });
  const { context } = cluster;
  const k = kinds(context.registry);
  for (const object of oadpObjects()) put(context, object);
  context.objects.create(k.namespace, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: NS },
  });
  for (let i = 0; i < VMS; i++) context.objects.create(k.vm, vm(i));
  const phase = (type: typeof k.vm, name: string) =>
    (context.objects.get(type, 'openshift-adp', name)?.status as { phase?: string } | undefined)
      ?.phase;
  await until(
    () =>
      context.objects
        .list(k.pod, NS)
        .filter((p) => (p.status as { phase?: string } | undefined)?.phase === 'Running').length ===
      VMS,
  );
  const backup = (name: string, moveData: boolean) =>
    context.objects.create(k.backup, {
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: { name, namespace: 'openshift-adp' },
      spec: { includedNamespaces: [NS], snapshotMoveData: moveData },
    });

  console.log(`\nvelero: a backup of ${VMS} running VMs (one 1Gi disk each) at --time-scale 1000:`);
  let started = performance.now();
  backup('bench-csi', false);
  await until(() => ['Completed', 'PartiallyFailed'].includes(phase(k.backup, 'bench-csi') ?? ''));
  const status = context.objects.get(k.backup, 'openshift-adp', 'bench-csi')?.status as {
    phase: string;
    progress: { totalItems: number };
    startTimestamp: string;
    completionTimestamp: string;
  };
  console.log(
    `  ${status.phase} in ${(performance.now() - started).toFixed(0)} ms real (${status.progress.totalItems} items, ${VMS} CSI snapshots)`,
  );

  const url = `${cluster.url}/apis/velero.io/v2alpha1/namespaces/openshift-adp/datauploads?watch=true&resourceVersion=${context.store.resourceVersion()}`;
  const events: number[] = Array.from({ length: WATCHERS }, () => 0);
  const completedSeen: number[][] = Array.from({ length: WATCHERS }, () => []);
  const closers = await Promise.all(
    events.map(
      (_, w) =>
        new Promise<() => void>((resolve) => {
          const req = get(url, (res) => {
            let buffer = '';
            res.on('data', (chunk: Buffer) => {
              buffer += chunk.toString('utf8');
              let newline: number;
              while ((newline = buffer.indexOf('\n')) >= 0) {
                const event = JSON.parse(buffer.slice(0, newline)) as {
                  object: { status?: { phase?: string } };
                };
                buffer = buffer.slice(newline + 1);
                events[w]++;
                if (event.object.status?.phase === 'Completed')
                  completedSeen[w].push(performance.now());
              }
            });
            resolve(() => req.destroy());
          });
        }),
    ),
  );
  started = performance.now();
  backup('bench-datamover', true);
  await until(() => completedSeen.every((seen) => seen.length >= VMS), 300_000);
  const elapsed = performance.now() - started;
  console.log(
    `\nvelero: ${WATCHERS} watchers of DataUploads during a data-mover backup of the ${VMS} VMs:`,
  );
  console.log(
    `  every watcher saw ${VMS} DataUploads Completed after ${elapsed.toFixed(0)} ms; ${events.reduce((a, b) => a + b, 0)} events delivered (${events[0]} per watcher)`,
  );
  for (const close of closers) close();
  await until(() => phase(k.backup, 'bench-datamover') === 'Completed');

  for (let i = 0; i < BACKUPS; i++)
    context.objects.create(k.backup, {
      apiVersion: 'velero.io/v1',
      kind: 'Backup',
      metadata: {
        name: `listed-${String(i).padStart(4, '0')}`,
        namespace: 'openshift-adp',
        labels: { 'velero.io/schedule-name': `s-${i % 50}` },
      },
      spec: { includedNamespaces: [NS], ttl: '720h0m0s' },
      status: {
        phase: 'Completed',
        startTimestamp: status.startTimestamp,
        completionTimestamp: status.completionTimestamp,
        progress: { totalItems: 600, itemsBackedUp: 600 },
      },
    });
  const list = `${cluster.url}/apis/velero.io/v1/namespaces/openshift-adp/backups`;
  console.log(`\nvelero: listing ${BACKUPS + 2} backups (5 runs each):`);
  for (const [label, target] of [
    ['full list (JSON)', list],
    ['one schedule (label selector, 2%)', `${list}?labelSelector=velero.io%2Fschedule-name%3Ds-7`],
    ['first page, limit=500', `${list}?limit=500`],
  ] as const) {
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) ({ ms: samples[i], bytes } = await timeGet(target));
    samples.sort((a, b) => a - b);
    console.log(
      `  ${label.padEnd(44)} median ${samples[2].toFixed(1)} ms, min ${samples[0].toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`,
    );
  }
  await cluster.stop();
}
