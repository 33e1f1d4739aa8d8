/**
 * The Backups list part of `npm run bench`: the list with 10, then with 5,000 backups in the
 * Velero namespace (cold loads, as for the Snapshots tab), and the plugin JS it fetches.
 * The backups are created finished (Completed or PartiallyFailed, with counts and product
 * labels), so the Velero controller leaves them alone while we measure: a Backup's status is
 * not a subresource, and only New ones are picked up (research/oadp-velero.md §2.1). They carry
 * no `velero.io/storage-location` label: the backup sync deletes finished backups with that
 * label whose folder is not in the bucket (Velero's deleteOrphanedBackups), mid-run.
 */
import type { APIRequestContext, Browser } from '@playwright/test';
import { measure } from './measure';
import type { Sample } from './measure';
import { BENCH_NS } from './populate';
import { report } from './report';

const VELERO_NS = 'openshift-adp';
const SIZES = [10, 5000] as const;
const ROW = 'tbody tr a[href*="velero.io~v1~Backup/"]';

const backup = (i: number) => {
  const started = new Date(Date.UTC(2026, 10, 1) + i * 60_000);
  const partial = i % 10 === 3;
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name: `bench-${String(i).padStart(4, '0')}`,
      labels: {
        'velero.io/schedule-name': `bench-${i % 20}`,
        [`vms.vm-data-protection.io/vm-${i % 50}`]: BENCH_NS,
      },
    },
    spec: { includedNamespaces: [BENCH_NS], storageLocation: 'dpa-sample-1', ttl: '720h0m0s' },
    status: {
      phase: partial ? 'PartiallyFailed' : 'Completed',
      startTimestamp: started.toISOString(),
      completionTimestamp: new Date(started.getTime() + 90_000).toISOString(),
      // Far ahead of the cluster clock: the GC must not delete them mid-run.
      expiration: '2099-01-01T00:00:00Z',
      progress: { totalItems: 600, itemsBackedUp: 600 },
      errors: partial ? 1 : 0,
      warnings: partial ? 2 : 0,
    },
  };
};

/** Creates backups `from`..`to - 1` (16 requests at a time); checks the status was kept. */
const createBackups = async (api: APIRequestContext, from: number, to: number) => {
  const path = `/apis/velero.io/v1/namespaces/${VELERO_NS}/backups`;
  let next = from;
  const worker = async () => {
    while (next < to) {
      const res = await api.post(path, { data: backup(next++) });
      if (res.status() !== 201)
        throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const list = (await (await api.get(path)).json()) as { items: { status?: { phase?: string } }[] };
  const finished = list.items.filter((b) => b.status?.phase !== 'New' && b.status?.phase);
  if (list.items.length !== to || finished.length !== to)
    throw new Error(
      `expected ${to} finished backups, found ${finished.length}/${list.items.length}`,
    );
};

export const benchBackupsList = async (
  browser: Browser,
  api: APIRequestContext,
  previewURL: string,
  runs: number,
) => {
  const url = `${previewURL}/k8s/ns/${VELERO_NS}/velero.io~v1~Backup`;
  const samples: Sample[][] = [];
  let created = 0;
  for (const size of SIZES) {
    const started = Date.now();
    await createBackups(api, created, size);
    console.log(`Backups list: ${size - created} backups created in ${Date.now() - started} ms`);
    created = size;
    const runsOfSize: Sample[] = [];
    for (let run = 0; run < runs; run += 1)
      runsOfSize.push(await measure(browser, url, size, false, ROW));
    samples.push(runsOfSize);
  }
  report(runs, samples[0] ?? [], samples[1] ?? [], {
    title: `Backups list (${VELERO_NS})`,
    small: '10 backups',
    large: '5,000 backups',
  });
};
