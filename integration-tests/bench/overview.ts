/**
 * The Data protection overview part of `npm run bench` (issue 14): the overview with 10, then
 * with 1,000 VMs, against the 5,000 backups the Backups list part created (labelled for 50 of
 * the VMs, so both the label index and the scope matching run), cold loads as for the other
 * pages. The VMs are Halted and have no disks to provision, so the controllers stay quiet.
 */
import type { APIRequestContext, Browser } from '@playwright/test';
import { measure } from './measure';
import type { Sample } from './measure';
import { BENCH_NS } from './populate';
import { report } from './report';

const SIZES = [10, 1000] as const;
const ROW = 'tbody tr [data-test="coverage-state"]';

const vm = (name: string) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, labels: { app: name } },
  spec: {
    runStrategy: 'Halted',
    template: {
      spec: {
        domain: { devices: { disks: [{ name: 'root', disk: { bus: 'virtio' } }] } },
        volumes: [{ name: 'root', containerDisk: { image: 'quay.io/containerdisks/fedora:41' } }],
      },
    },
  },
});

/** Creates `vm-<from>`..`vm-<to - 1>` (16 requests at a time); the namespace if missing. */
const createVMs = async (api: APIRequestContext, from: number, to: number) => {
  await api.post('/api/v1/namespaces', {
    data: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: BENCH_NS } },
  });
  const path = `/apis/kubevirt.io/v1/namespaces/${BENCH_NS}/virtualmachines`;
  let next = from;
  const worker = async () => {
    while (next < to) {
      const res = await api.post(path, { data: vm(`vm-${next++}`) });
      if (res.status() !== 201)
        throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
};

/** Every VM the admin lists: the pagination's "of N" (other parts may have made some). */
const vmCount = async (api: APIRequestContext) => {
  const list = (await (await api.get('/apis/kubevirt.io/v1/virtualmachines')).json()) as {
    items: unknown[];
  };
  return list.items.length;
};

export const benchOverview = async (
  browser: Browser,
  api: APIRequestContext,
  previewURL: string,
  runs: number,
) => {
  const url = `${previewURL}/data-protection`;
  const samples: Sample[][] = [];
  let created = 0;
  for (const size of SIZES) {
    const started = Date.now();
    await createVMs(api, created, size);
    created = size;
    const total = await vmCount(api);
    console.log(`Overview: ${size} VMs (${total} in all) created in ${Date.now() - started} ms`);
    const runsOfSize: Sample[] = [];
    for (let run = 0; run < runs; run += 1)
      runsOfSize.push(await measure(browser, url, total, false, ROW));
    samples.push(runsOfSize);
  }
  report(runs, samples[0] ?? [], samples[1] ?? [], {
    title: 'Data protection overview, with 5,000 backups',
    small: '10 VMs',
    large: '1,000 VMs',
  });
};
